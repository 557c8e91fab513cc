// RiskNotebooks anchor harness: calls ARX 3.9.2's public API (it contains no ARX code) to record the optimum
// of ARX's optimal search (Flash) and ARX's own per-node scores on the Adult data set.
//
// Modes (see run.sh):
//   grid    DATADIR OUT.csv [FILTER]            one row per configuration, with a full-lattice tie count
//   lattice DATADIR OUTDIR TARGET METRIC SUPP   every node of the lattice with ARX's anonymity verdict and score
//   time    DATA.csv HIERDIR                    k=5, suppression 0.05, Loss: wall clock of ARX's search only
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.deidentifier.arx.ARXAnonymizer;
import org.deidentifier.arx.ARXConfiguration;
import org.deidentifier.arx.ARXLattice;
import org.deidentifier.arx.ARXLattice.ARXNode;
import org.deidentifier.arx.ARXLattice.Anonymity;
import org.deidentifier.arx.ARXResult;
import org.deidentifier.arx.AttributeType;
import org.deidentifier.arx.AttributeType.Hierarchy;
import org.deidentifier.arx.Data;
import org.deidentifier.arx.DataHandle;
import org.deidentifier.arx.aggregates.StatisticsEquivalenceClasses;
import org.deidentifier.arx.criteria.AverageReidentificationRisk;
import org.deidentifier.arx.criteria.DistinctLDiversity;
import org.deidentifier.arx.criteria.EntropyLDiversity;
import org.deidentifier.arx.criteria.EqualDistanceTCloseness;
import org.deidentifier.arx.criteria.HierarchicalDistanceTCloseness;
import org.deidentifier.arx.criteria.KAnonymity;
import org.deidentifier.arx.criteria.PrivacyCriterion;
import org.deidentifier.arx.metric.InformationLoss;
import org.deidentifier.arx.metric.Metric;

public class ArxSearchAnchor {

    /** Quasi-identifiers in the order used by every output file. */
    static final String[] QI = {"sex", "age", "race", "marital-status", "education", "native-country", "workclass", "occupation"};
    static final String SENSITIVE = "salary-class";
    static final double[] SUPPRESSION = {0d, 0.02d, 0.05d, 0.10d};
    static final String[] METRICS = {"loss", "precision", "discernability", "entropy", "aecs", "height"};

    // ------------------------------------------------------------------ configuration

    static Metric<?> metric(String name) {
        switch (name) {
            case "loss":           return Metric.createLossMetric();
            case "precision":      return Metric.createPrecisionMetric();
            case "discernability": return Metric.createDiscernabilityMetric();
            case "entropy":        return Metric.createEntropyMetric();
            case "aecs":           return Metric.createAECSMetric();
            case "height":         return Metric.createHeightMetric();
            default: throw new IllegalArgumentException(name);
        }
    }

    /** A privacy target by name: k5, avg0.05, prosecutor0.2 (= records-at-risk 0 at threshold r),
     *  atrisk0.05@0.2, distinctl2, entropyl2, tclose-eq0.2, tclose-hier0.2. */
    static PrivacyCriterion target(String name, Hierarchy sensitiveHierarchy) {
        if (name.startsWith("k")) return new KAnonymity(Integer.parseInt(name.substring(1)));
        if (name.startsWith("avg")) return new AverageReidentificationRisk(Double.parseDouble(name.substring(3)));
        if (name.startsWith("prosecutor")) {
            // highest risk <= r: average risk unconstrained (1.0), no record may be in a class smaller than ceil(1/r)
            return new AverageReidentificationRisk(1.0d, Double.parseDouble(name.substring(10)), 0.0d);
        }
        if (name.startsWith("atrisk")) {
            String[] p = name.substring(6).split("@");
            return new AverageReidentificationRisk(1.0d, Double.parseDouble(p[1]), Double.parseDouble(p[0]));
        }
        if (name.equals("distinctl2")) return new DistinctLDiversity(SENSITIVE, 2);
        if (name.equals("entropyl2")) return new EntropyLDiversity(SENSITIVE, 2d);
        if (name.equals("tclose-eq0.2")) return new EqualDistanceTCloseness(SENSITIVE, 0.2d);
        if (name.equals("tclose-hier0.2")) return new HierarchicalDistanceTCloseness(SENSITIVE, 0.2d, sensitiveHierarchy);
        throw new IllegalArgumentException(name);
    }

    static boolean needsSensitive(String target) {
        return target.contains("l2") || target.startsWith("tclose");
    }

    static Data load(File csv, File hierDir, boolean sensitive) throws IOException {
        Data data = Data.create(csv, StandardCharsets.UTF_8, ';');
        for (String qi : QI) {
            Hierarchy h = Hierarchy.create(new File(hierDir, "adult_hierarchy_" + qi + ".csv"), StandardCharsets.UTF_8, ';');
            data.getDefinition().setAttributeType(qi, h);
        }
        data.getDefinition().setAttributeType(SENSITIVE, sensitive ? AttributeType.SENSITIVE_ATTRIBUTE : AttributeType.INSENSITIVE_ATTRIBUTE);
        return data;
    }

    static Hierarchy sensitiveHierarchy(File hierDir) throws IOException {
        return Hierarchy.create(new File(hierDir, "adult_hierarchy_" + SENSITIVE + ".csv"), StandardCharsets.UTF_8, ';');
    }

    static ARXConfiguration config(String target, String metric, double supp, Hierarchy sh) {
        ARXConfiguration config = ARXConfiguration.create();
        config.addPrivacyModel(target(target, sh));
        config.setSuppressionLimit(supp);
        config.setQualityModel(metric(metric));
        // Optimal search (Flash). OPTIMAL is already the default; set explicitly so the run cannot fall back to a heuristic.
        config.setAlgorithm(ARXConfiguration.AnonymizationAlgorithm.OPTIMAL);
        return config;
    }

    // ------------------------------------------------------------------ formatting

    static String levels(ARXNode node) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < QI.length; i++) {
            if (i > 0) b.append(',');
            b.append(node.getGeneralization(QI[i]));
        }
        return b.toString();
    }

    /** ARX's score as text: the aggregate (toString) plus, for multi-dimensional metrics, the per-QI values in QI order. */
    static String score(InformationLoss<?> loss) {
        return loss == null ? "" : loss.toString();
    }

    static String perAttribute(InformationLoss<?> loss, String[] arxQiOrder) {
        if (loss == null || !(loss.getValue() instanceof double[])) return "";
        double[] v = (double[]) loss.getValue();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < QI.length; i++) {
            int j = Arrays.asList(arxQiOrder).indexOf(QI[i]);
            if (i > 0) b.append(',');
            b.append(Double.toString(v[j]));
        }
        return b.toString();
    }

    static List<ARXNode> materialized(ARXLattice lattice) {
        List<ARXNode> nodes = new ArrayList<ARXNode>();
        for (ARXNode[] level : lattice.getLevels()) nodes.addAll(Arrays.asList(level));
        return nodes;
    }

    /** ARX materialises only part of a large lattice (the nodes its search touched, plus neighbours); expand every
     *  node until the whole search space is present, so that ties and per-node scores cover all transformations. */
    static List<ARXNode> allNodes(ARXResult result) {
        ARXLattice lattice = result.getLattice();
        int total = lattice.getVirtualSize().intValueExact();
        Set<String> expanded = new HashSet<String>();
        List<ARXNode> nodes = materialized(lattice);
        while (nodes.size() < total) {
            boolean progress = false;
            for (ARXNode n : nodes) {
                if (expanded.add(Arrays.toString(n.getTransformation()))) {
                    lattice.expand(n);
                    progress = true;
                }
            }
            nodes = materialized(lattice);
            if (!progress) break;
        }
        if (nodes.size() != total) throw new IllegalStateException("lattice has " + nodes.size() + " of " + total + " nodes");
        return nodes;
    }

    /** ARX's verdict on one node: anonymous?, ARX's score, number of suppressed records. */
    static final class Eval {
        final boolean anonymous; final InformationLoss<?> score; final int suppressed;
        Eval(boolean a, InformationLoss<?> s, int n) { anonymous = a; score = s; suppressed = n; }
    }

    /**
     * Scores every node with ARX's own TransformationApplicator - the object ARXResult.getOutput(node) uses - but
     * without getOutput's bookkeeping (output handles and a full re-estimation of the lattice after every call, which
     * makes 6,480 calls take minutes). The applicator is reached by reflection on ARXResult's private fields; the score
     * is ARX's metric on ARX's grouping, with suppression applied as in getOutput. evaluatePublic() cross-checks it.
     */
    static final class Evaluator {
        final Object solutionSpace; final Object applicator;
        final java.lang.reflect.Method getTransformation, apply;
        Evaluator(ARXResult result) throws ReflectiveOperationException {
            solutionSpace = field(result, "solutionSpace");
            Object manager = field(result, "manager"), buffer = field(result, "buffer");
            ARXConfiguration config = (ARXConfiguration) field(result, "config");
            java.lang.reflect.Method internal = ARXConfiguration.class.getDeclaredMethod("getInternalConfiguration");
            internal.setAccessible(true);
            Class<?> appClass = Class.forName("org.deidentifier.arx.framework.check.TransformationApplicator");
            java.lang.reflect.Constructor<?> ctor = null;
            for (java.lang.reflect.Constructor<?> c : appClass.getConstructors()) if (c.getParameterCount() == 4) ctor = c;
            applicator = ctor.newInstance(manager, buffer, config.getQualityModel(), internal.invoke(config));
            Class<?> tClass = Class.forName("org.deidentifier.arx.framework.lattice.Transformation");
            getTransformation = solutionSpace.getClass().getMethod("getTransformation", int[].class);
            apply = appClass.getMethod("applyTransformation", tClass);
        }
        static Object field(Object o, String name) throws ReflectiveOperationException {
            java.lang.reflect.Field f = o.getClass().getDeclaredField(name);
            f.setAccessible(true);
            return f.get(o);
        }
        Eval evaluate(ARXNode node) throws ReflectiveOperationException {
            Object t = getTransformation.invoke(solutionSpace, (Object) node.getTransformation());
            Object data = apply.invoke(applicator, t);
            Object props = data.getClass().getField("properties").get(data);
            boolean anonymous = (Boolean) props.getClass().getField("privacyModelFulfilled").get(props);
            InformationLoss<?> loss = (InformationLoss<?>) props.getClass().getField("informationLoss").get(props);
            Object generalized = data.getClass().getField("bufferGeneralized").get(data);
            org.deidentifier.arx.framework.data.DataMatrix m = ((org.deidentifier.arx.framework.data.Data) generalized).getArray();
            int suppressed = 0;
            for (int r = 0; r < m.getNumRows(); r++) if ((m.get(r, 0) & org.deidentifier.arx.framework.data.Data.OUTLIER_MASK) != 0) suppressed++;
            return new Eval(anonymous, loss, suppressed);
        }
    }

    /** The public route: ARXResult.getOutput(node) applies the node and stores ARX's verdict and score on the node. */
    static Eval evaluatePublic(ARXResult result, ARXNode node) {
        DataHandle h = result.getOutput(node, false);
        int suppressed = 0;
        for (int r = 0; r < h.getNumRows(); r++) if (h.isOutlier(r)) suppressed++;
        return new Eval(node.getAnonymity() == Anonymity.ANONYMOUS, node.getHighestScore(), suppressed);
    }

    /** Every 997th node is also evaluated through the public route; both must agree exactly. */
    static Eval evaluateChecked(ARXResult result, Evaluator ev, ARXNode node, int index) throws ReflectiveOperationException {
        Eval fast = ev.evaluate(node);
        if (index % 997 == 0) {
            Eval pub = evaluatePublic(result, node);
            if (pub.anonymous != fast.anonymous || pub.suppressed != fast.suppressed || pub.score.compareTo(fast.score) != 0
                    || !pub.score.toString().equals(fast.score.toString()))
                throw new IllegalStateException("fast and public evaluation differ at " + levels(node));
        }
        return fast;
    }

    static Evaluator evaluator(ARXResult result) {
        try { return new Evaluator(result); } catch (ReflectiveOperationException e) { throw new RuntimeException(e); }
    }

    // ------------------------------------------------------------------ grid

    static final String HEADER = "target;metric;suppression_limit;levels(sex,age,race,marital-status,education,native-country,workclass,occupation);"
            + "score;score_per_qi;suppressed_records;equivalence_classes;ties_other_anonymous_nodes;ties_same_total_level;"
            + "min_over_all_anonymous_equals_optimum;anonymous_nodes;checked_by_search;search_ms";

    static final Map<String, Map<String, Eval>> CACHE_BY_LEVELS = new HashMap<String, Map<String, Eval>>();

    static String runOne(File csv, File hierDir, String target, String metric, double supp, boolean ties) throws Exception {
        Hierarchy sh = sensitiveHierarchy(hierDir);
        Data data = load(csv, hierDir, needsSensitive(target));
        ARXConfiguration config = config(target, metric, supp, sh);
        ARXAnonymizer anonymizer = new ARXAnonymizer();
        long t0 = System.nanoTime();
        ARXResult result = anonymizer.anonymize(data, config);
        long ms = (System.nanoTime() - t0) / 1000000L;
        ARXNode opt = result.getGlobalOptimum();
        String pct = supp + "";
        if (opt == null) {
            return String.join(";", target, metric, pct, "", "", "", "", "", "", "", "", "", "", "" + ms);
        }
        String[] arxQi = opt.getQuasiIdentifyingAttributes();
        InformationLoss<?> optScore = opt.getHighestScore();
        if (optScore.compareTo(opt.getLowestScore()) != 0) throw new IllegalStateException("optimum not checked");
        String optLevels = levels(opt);
        String optScoreText = score(optScore);
        String optPerQi = perAttribute(optScore, arxQi);
        int optTotal = opt.getTotalGeneralizationLevel();
        int checked = 0;
        for (ARXNode n : materialized(result.getLattice())) if (n.isChecked()) checked++;

        DataHandle out = result.getOutput(opt, false);
        StatisticsEquivalenceClasses ec = out.getStatistics().getEquivalenceClassStatistics();
        int suppressed = 0;
        for (int r = 0; r < out.getNumRows(); r++) if (out.isOutlier(r)) suppressed++;
        if (suppressed != ec.getNumberOfSuppressedRecords()) throw new IllegalStateException("suppressed count mismatch");
        int classes = ec.getNumberOfEquivalenceClasses();

        String tieText = "", sameLevelText = "", minText = "", anonText = "";
        if (ties) {
            List<ARXNode> nodes = allNodes(result);
            int tiesAll = 0, tiesSame = 0, anonymous = 0, index = 0;
            InformationLoss<?> min = null;
            Evaluator ev = evaluator(result);
            // k-anonymity alone: ARX flags every class smaller than k as suppressed whatever the limit (suppression is
            // always enabled), so a node's score does not depend on the limit and it is anonymous iff its suppressed
            // records <= floor(limit * n). Scores are therefore computed once per (k, metric) and reused for the other
            // limits; the first run of each (k, metric) asserts that ARX's own verdicts follow that rule.
            String cacheKey = target.startsWith("k") ? target + "/" + metric : null;
            int maxOutliers = (int) Math.floor(supp * data.getHandle().getNumRows());
            Map<String, Eval> byLevels = cacheKey != null && !CACHE_BY_LEVELS.containsKey(cacheKey) ? new HashMap<String, Eval>() : null;
            for (ARXNode n : nodes) {
                Eval e;
                if (cacheKey != null && CACHE_BY_LEVELS.containsKey(cacheKey)) {
                    Eval c = CACHE_BY_LEVELS.get(cacheKey).get(levels(n));
                    e = new Eval(c.suppressed <= maxOutliers, c.score, c.suppressed);
                } else {
                    e = evaluateChecked(result, ev, n, index++);
                    if (cacheKey != null) {
                        if (e.anonymous != (e.suppressed <= maxOutliers)) throw new IllegalStateException("anonymity rule violated at " + levels(n));
                        byLevels.put(levels(n), e);
                    }
                }
                if (!e.anonymous) continue;
                anonymous++;
                InformationLoss<?> s = e.score;
                if (min == null || s.compareTo(min) < 0) min = s;
                if (n == opt) continue;
                if (s.compareTo(optScore) == 0) {
                    tiesAll++;
                    if (n.getTotalGeneralizationLevel() == optTotal) tiesSame++;
                }
            }
            if (byLevels != null) CACHE_BY_LEVELS.put(cacheKey, byLevels);
            tieText = "" + tiesAll;
            sameLevelText = "" + tiesSame;
            minText = "" + (min != null && min.compareTo(optScore) == 0);
            anonText = "" + anonymous;
        }
        return String.join(";", target, metric, pct, optLevels, optScoreText, optPerQi, "" + suppressed, "" + classes,
                tieText, sameLevelText, minText, anonText, "" + checked, "" + ms);
    }

    static List<String[]> gridConfigs() {
        List<String[]> list = new ArrayList<String[]>();
        for (String m : METRICS)
            for (int k : new int[] {2, 5, 10, 20})
                for (double s : SUPPRESSION) list.add(new String[] {"k" + k, m, "" + s});
        for (String t : new String[] {"avg0.05", "avg0.1", "prosecutor0.2", "prosecutor0.1", "atrisk0.05@0.2"})
            for (double s : SUPPRESSION) list.add(new String[] {t, "loss", "" + s});
        for (String t : new String[] {"distinctl2", "entropyl2", "tclose-eq0.2", "tclose-hier0.2"})
            for (double s : new double[] {0d, 0.05d}) list.add(new String[] {t, "loss", "" + s});
        return list;
    }

    static boolean TIES = !"0".equals(System.getenv("ARX_ANCHOR_TIES"));

    static void grid(File dataDir, File out, String filter) throws Exception {
        File csv = new File(dataDir, "adult.csv");
        boolean append = out.exists() && out.length() > 0;
        try (PrintWriter w = new PrintWriter(new java.io.FileWriter(out, append))) {
            if (!append) { w.println(HEADER); w.flush(); }
            for (String[] c : gridConfigs()) {
                String key = c[0] + "/" + c[1] + "/" + c[2];
                if (filter != null && !key.matches(filter)) continue;
                String row = runOne(csv, dataDir, c[0], c[1], Double.parseDouble(c[2]), TIES);
                w.println(row);
                w.flush();
                System.err.println(row);
            }
        }
    }

    // ------------------------------------------------------------------ lattice dump

    static void lattice(File dataDir, File outDir, String target, String metric, double supp) throws Exception {
        File csv = new File(dataDir, "adult.csv");
        Hierarchy sh = sensitiveHierarchy(dataDir);
        Data data = load(csv, dataDir, needsSensitive(target));
        ARXResult result = new ARXAnonymizer().anonymize(data, config(target, metric, supp, sh));
        ARXNode opt = result.getGlobalOptimum();
        String[] arxQi = opt.getQuasiIdentifyingAttributes();
        Set<ARXNode> checkedSet = new HashSet<ARXNode>();
        for (ARXNode n : materialized(result.getLattice())) if (n.isChecked()) checkedSet.add(n);
        List<ARXNode> nodes = allNodes(result);
        // Order rows by the levels in our QI order (lexicographic), so the file is stable and easy to join on.
        nodes.sort((a, b) -> {
            for (String q : QI) {
                int c = Integer.compare(a.getGeneralization(q), b.getGeneralization(q));
                if (c != 0) return c;
            }
            return 0;
        });
        String name = String.format(Locale.ROOT, "lattice-%s-%s-s%d.csv", target, metric, Math.round(supp * 100));
        try (PrintWriter w = new PrintWriter(new File(outDir, name), "UTF-8")) {
            w.println("levels(sex,age,race,marital-status,education,native-country,workclass,occupation);anonymous;score;score_per_qi;suppressed_records;checked_by_search;is_optimum");
            Evaluator ev = evaluator(result);
            for (int i = 0; i < nodes.size(); i++) {
                ARXNode n = nodes.get(i);
                Eval e = evaluateChecked(result, ev, n, i);
                InformationLoss<?> s = e.score;
                w.println(String.join(";", levels(n), e.anonymous ? "1" : "0", score(s),
                        perAttribute(s, arxQi), "" + e.suppressed, checkedSet.contains(n) ? "1" : "0", n == opt ? "1" : "0"));
            }
        }
        System.err.println("wrote " + name + " (" + nodes.size() + " nodes)");
    }

    // ------------------------------------------------------------------ timing

    static void time(File csv, File hierDir) throws IOException {
        long t0 = System.nanoTime();
        Data data = load(csv, hierDir, false);
        ARXConfiguration config = config("k5", "loss", 0.05d, null);
        long t1 = System.nanoTime();
        ARXResult result = new ARXAnonymizer().anonymize(data, config);
        long t2 = System.nanoTime();
        ARXNode opt = result.getGlobalOptimum();
        System.out.println(String.format(Locale.ROOT,
                "rows=%d load_ms=%d anonymize_ms=%d arx_reported_ms=%d optimum=%s score=%s checked=%d",
                data.getHandle().getNumRows(), (t1 - t0) / 1000000L, (t2 - t1) / 1000000L, result.getTime(),
                levels(opt), score(opt.getHighestScore()), result.getProcessStatistics().getTransformationsChecked()));
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "grid":    grid(new File(args[1]), new File(args[2]), args.length > 3 ? args[3] : null); break;
            case "lattice": lattice(new File(args[1]), new File(args[2]), args[3], args[4], Double.parseDouble(args[5])); break;
            case "time":    time(new File(args[1]), new File(args[2])); break;
            default: throw new IllegalArgumentException(args[0]);
        }
    }
}
