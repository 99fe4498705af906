package io.marketpilot.recommend.session;

import io.marketpilot.recommend.model.Csr;
import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * {@code session-knn} v1: provenance; item count; the scoring config (k, m, decay kind and factor, transition
 * weight, history length, session gap); sessions (start, items, user); transitions (start, item, prob). The
 * item → sessions index is rebuilt on reading.
 */
public final class SessionKnnFormat implements ModelFormat<SessionKnnModel> {
    @Override
    public String name() {
        return SessionKnnAlgorithm.NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        SessionKnnModel m = (SessionKnnModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeInt(m.itemCount());
            writeConfig(out, m.config());
            ArrayIo.writeInts(out, m.sessions().start());
            ArrayIo.writeInts(out, m.sessions().items());
            ArrayIo.writeInts(out, m.sessions().user());
            ArrayIo.writeInts(out, m.transitions().start());
            ArrayIo.writeInts(out, m.transitions().item());
            ArrayIo.writeFloats(out, m.transitions().prob());
        });
    }

    @Override
    public SessionKnnModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelFormatException(name() + " model version " + v + " is not supported (known: 1)");
            }
            var provenance = ProvenanceIo.read(in);
            int n = in.readInt();
            SessionKnnConfig config = readConfig(in);
            Sessions s = new Sessions(ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readInts(in));
            Transitions t = new Transitions(ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readFloats(in));
            if (n < 0 || !Csr.valid(s.start(), s.count(), s.items().length) || !Csr.inRange(s.items(), n)
                || !Csr.valid(t.start(), n, t.size()) || !Csr.inRange(t.item(), n) || t.prob().length != t.size()) {
                throw new ModelFormatException("session-knn model has inconsistent sessions or transitions");
            }
            return new SessionKnnModel(n, s, t, config, provenance);
        });
    }

    private static void writeConfig(DataOutputStream out, SessionKnnConfig c) throws IOException {
        out.writeInt(c.neighbours());
        out.writeInt(c.sampleSize());
        out.writeUTF(c.decay() instanceof Decay.Exponential ? "exponential" : "linear");
        out.writeDouble(c.decay() instanceof Decay.Exponential e ? e.factor() : 0);
        out.writeDouble(c.transitionWeight());
        out.writeInt(c.historyLength());
        out.writeInt(c.sessionGapMinutes());
    }

    private static SessionKnnConfig readConfig(DataInputStream in) throws IOException {
        int k = in.readInt();
        int m = in.readInt();
        String kind = in.readUTF();
        double factor = in.readDouble();
        double transitionWeight = in.readDouble();
        int historyLength = in.readInt();
        int gap = in.readInt();
        try {
            Decay decay = switch (kind) {
                case "linear" -> Decay.linear();
                case "exponential" -> Decay.exponential(factor);
                default -> throw new ModelFormatException("unknown decay '" + kind + "'");
            };
            return new SessionKnnConfig(k, m, decay, transitionWeight, historyLength, gap);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("session-knn model has an invalid config: " + e.getMessage());
        }
    }
}
