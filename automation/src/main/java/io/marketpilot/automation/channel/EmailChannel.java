package io.marketpilot.automation.channel;

import io.marketpilot.automation.guard.ConsentTopic;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * E-mail over SMTP (Jakarta Mail): renders the message's template in the customer's locale ({@link EmailPersonalisation}
 * builds the variables: customer traits, message data, a recommended-products block, tracked links and an open
 * pixel) and sends HTML with a plain-text alternative. The Message-ID derives from the idempotency key, so a copy
 * re-sent after a crash is recognisably the same mail. Settings: {@code host}, {@code port} (25), {@code from},
 * {@code username}, {@code password}, {@code starttls} (false), {@code timeout_ms} (10000).
 */
public final class EmailChannel implements Channel {
    static final String TYPE = "email";

    private final ChannelName name;
    private final Session session;
    private final InternetAddress from;
    private final EmailPersonalisation personalisation;
    private final ChannelContext context;

    private EmailChannel(ChannelName name, Session session, InternetAddress from, ChannelContext context) {
        this.name = name;
        this.session = session;
        this.from = from;
        this.context = context;
        this.personalisation = new EmailPersonalisation(context);
    }

    static Channel create(ChannelName name, Map<String, ?> raw, ChannelContext context) {
        Settings s = new Settings(raw, Set.of("host", "port", "from", "username", "password", "starttls", "timeout_ms"));
        String host = s.text("host", null, 1);
        int port = s.integer("port", 25, 1, 65_535);
        String fromText = s.text("from", null, 3);
        String user = s.text("username", "", 0);
        String password = s.text("password", "", 0);
        boolean starttls = s.flag("starttls", false);
        int timeout = s.integer("timeout_ms", 10_000, 100, 120_000);
        InternetAddress from = null;
        if (fromText != null) {
            try {
                from = new InternetAddress(fromText, true);
            } catch (AddressException e) {
                s.problem("from", "an e-mail address such as shop@example.com", fromText);
            }
        }
        s.check();
        Properties p = new Properties();
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.connectiontimeout", Integer.toString(timeout));
        p.put("mail.smtp.timeout", Integer.toString(timeout));
        p.put("mail.smtp.writetimeout", Integer.toString(timeout));
        p.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        Session session;
        if (!user.isEmpty()) {
            p.put("mail.smtp.auth", "true");
            session = Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        } else {
            session = Session.getInstance(p);
        }
        return new EmailChannel(name, session, from, context);
    }

    @Override
    public ChannelName name() {
        return name;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ConsentTopic topic() {
        return ConsentTopic.EMAIL;
    }

    @Override
    public SendResult send(Message m) {
        EmailPersonalisation.Prepared prepared = personalisation.prepare(m);
        if (prepared.problem() != null) {
            return new SendResult.Failed(prepared.problem(), false);
        }
        EmailTemplates.Rendered mail;
        try {
            mail = context.templates().render(m.template(), m.locale(), prepared.variables());
        } catch (EmailTemplates.RenderException e) {
            return new SendResult.Failed(e.getMessage(), false);
        }
        String messageId = "<" + MessageEvents.shortHash(m.key()) + "." + m.key().hashCode() + "@marketpilot>";
        try {
            MimeMessage mime = new KeyedMimeMessage(session, messageId);
            mime.setFrom(from);
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(prepared.to(), true));
            mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            mime.setSentDate(Date.from(context.clock().instant()));
            mime.setHeader("X-MarketPilot-Key", m.key());
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.html(), "text/html; charset=UTF-8");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
            Transport.send(mime);
            return new SendResult.Sent(messageId);
        } catch (AddressException e) {
            return new SendResult.Failed("bad e-mail address " + prepared.to() + ": " + e.getMessage(), false);
        } catch (SendFailedException e) {
            return new SendResult.Failed("SMTP refused: " + e.getMessage(), e.getValidSentAddresses() == null
                    && e.getInvalidAddresses() == null);
        } catch (MessagingException e) {
            return new SendResult.Failed("SMTP: " + e.getMessage(), true);
        }
    }

    /** Keeps our Message-ID instead of the random one Jakarta Mail writes on save. */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String id;

        KeyedMimeMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
