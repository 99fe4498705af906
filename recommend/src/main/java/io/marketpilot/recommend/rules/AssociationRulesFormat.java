package io.marketpilot.recommend.rules;

import io.marketpilot.recommend.model.Csr;
import io.marketpilot.core.model.ModelCodec;
import io.marketpilot.core.model.ModelCodec.ModelFormatException;
import io.marketpilot.recommend.model.ArrayIo;
import io.marketpilot.recommend.model.ModelFormat;
import io.marketpilot.recommend.model.ProvenanceIo;
import io.marketpilot.recommend.model.ScoringModel;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * {@code association-rules} v1: provenance; basket count; scoring ({@code MAX}/{@code SUM}); per-item basket
 * support; pair rules (start, item, count, confidence, lift); multi-item rules (start, restStart, rest, consequent,
 * confidence). Reading checks every index against the catalogue size.
 */
public final class AssociationRulesFormat implements ModelFormat<AssociationRulesModel> {
    @Override
    public String name() {
        return AssociationRulesAlgorithm.NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public byte[] write(ScoringModel model) {
        AssociationRulesModel m = (AssociationRulesModel) model;
        return ModelCodec.write(name(), version(), out -> {
            ProvenanceIo.write(out, m.provenance());
            out.writeInt(m.baskets());
            out.writeUTF(m.scoring().name());
            ArrayIo.writeInts(out, m.itemSupport());
            PairRules p = m.pairs();
            ArrayIo.writeInts(out, p.start());
            ArrayIo.writeInts(out, p.item());
            ArrayIo.writeInts(out, p.count());
            ArrayIo.writeFloats(out, p.confidence());
            ArrayIo.writeFloats(out, p.lift());
            MultiRules r = m.multi();
            ArrayIo.writeInts(out, r.start());
            ArrayIo.writeInts(out, r.restStart());
            ArrayIo.writeInts(out, r.rest());
            ArrayIo.writeInts(out, r.consequent());
            ArrayIo.writeFloats(out, r.confidence());
        });
    }

    @Override
    public AssociationRulesModel read(byte[] bytes) {
        return ModelCodec.read(bytes, name(), (in, v) -> {
            if (v != 1) {
                throw new ModelFormatException(name() + " model version " + v + " is not supported (known: 1)");
            }
            var provenance = ProvenanceIo.read(in);
            int baskets = in.readInt();
            RuleScoring scoring = scoring(in);
            int[] support = ArrayIo.readInts(in);
            int n = support.length;
            PairRules p = new PairRules(ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readInts(in),
                ArrayIo.readFloats(in), ArrayIo.readFloats(in));
            MultiRules r = new MultiRules(ArrayIo.readInts(in), ArrayIo.readInts(in), ArrayIo.readInts(in),
                ArrayIo.readInts(in), ArrayIo.readFloats(in));
            check(Csr.valid(p.start(), n, p.item().length) && p.count().length == p.size()
                && p.confidence().length == p.size() && p.lift().length == p.size() && Csr.inRange(p.item(), n),
                "pair rules");
            check(Csr.valid(r.start(), n, r.size()) && Csr.valid(r.restStart(), r.size(), r.rest().length)
                && r.confidence().length == r.size() && Csr.inRange(r.consequent(), n) && Csr.inRange(r.rest(), n),
                "multi-item rules");
            return new AssociationRulesModel(baskets, support, scoring, p, r, provenance);
        });
    }

    private static RuleScoring scoring(DataInputStream in) throws IOException {
        String s = in.readUTF();
        try {
            return RuleScoring.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("unknown rule scoring '" + s + "'");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new ModelFormatException("association-rules model has inconsistent " + what);
        }
    }
}
