package dev.podwright.modelgen;

import dev.podwright.modelgen.ApiDescription.GoField;
import dev.podwright.modelgen.ApiDescription.GoType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The model to generate: every struct type reachable from the roots in any described version,
 * with the attributes of all versions merged, each knowing the versions that have it.
 *
 * <p>Mapping of Go to Java: embedded ({@code inline}) structs are flattened into the embedding
 * type; aliases resolve to what they alias (enums stay {@code String}, so that the model can hold
 * a value the validator must reject); a slice is a {@code List}, a map a {@code Map} with string
 * keys; a pointer or {@code omitempty} field is an {@code Optional}; any other field is a plain
 * value defaulting to Go's zero value. {@link Overrides} lists the exceptions.
 */
record ApiModel(int first, int last, List<Type> types) {
  /** A generated struct type. */
  record Type(String goName, String javaName, String doc, List<Attr> attrs, String apiVersion,
      String kind, boolean root, int since, int until) {
    /** Returns true for a top-level object with {@code apiVersion} and {@code kind}. */
    boolean isObject() {
      return !kind.isEmpty();
    }

    /**
     * Returns true for a struct attribute that Go leaves out when empty ({@code omitempty} on a
     * non-pointer struct, such as a template's {@code metadata}), which the model nevertheless
     * holds as a plain value. Such an attribute has a companion flag, {@code keepsEmptyX()}, so
     * that an empty value an author wrote survives a round trip. Objects always write theirs.
     */
    boolean dropsWhenEmpty(Attr a) {
      return !isObject() && a.omitempty() && a.presence() == Presence.DEFAULTED
          && a.shape() instanceof Shape.Struct;
    }
  }

  /** One attribute of a generated type. */
  record Attr(String json, String declaringType, Shape shape, Presence presence,
      boolean omitempty, String doc, int since, int until, String gate, int gatedUntil,
      String goType) {
    /** Whether the field is a {@code metav1.Time}, whose text the server parses as RFC 3339. */
    boolean isTime() {
      return goType.equals("meta/v1.Time");
    }
  }

  /** Merges the descriptions, oldest first. */
  static ApiModel merge(List<ApiDescription> versions) {
    List<ApiDescription> sorted = new ArrayList<>(versions);
    sorted.sort((a, b) -> Integer.compare(a.minor(), b.minor()));
    int first = sorted.get(0).minor();
    int last = sorted.get(sorted.size() - 1).minor();
    // Java name -> per version flattened attributes, newest version first.
    Map<String, Map<Integer, List<Attr>>> perVersion = new TreeMap<>();
    Map<String, Type> latest = new TreeMap<>();
    Map<String, String> goNames = new LinkedHashMap<>();
    for (int i = sorted.size() - 1; i >= 0; i--) {
      ApiDescription d = sorted.get(i);
      Resolver resolver = new Resolver(d);
      for (String name : resolver.reachable()) {
        GoType t = resolver.type(name);
        String javaName = javaName(name);
        String clash = goNames.putIfAbsent(javaName, name);
        if (clash != null && !clash.equals(name)) {
          throw new IllegalArgumentException("two Go types map to Java " + javaName + ": "
              + clash + " and " + name);
        }
        boolean root = d.roots().contains(name);
        String kind = root && resolver.hasTypeMeta(t) ? javaName : "";
        List<Attr> attrs = resolver.attrs(t, d.minor(), !kind.isEmpty());
        perVersion.computeIfAbsent(javaName, k -> new TreeMap<>()).put(d.minor(), attrs);
        latest.putIfAbsent(javaName, new Type(name, javaName, t.doc(), List.of(),
            apiVersion(name), kind, root, 0, 0));
      }
    }
    List<Type> types = new ArrayList<>();
    for (Type t : latest.values()) {
      Map<Integer, List<Attr>> byVersion = perVersion.get(t.javaName());
      int since = ((TreeMap<Integer, List<Attr>>) byVersion).firstKey();
      int until = ((TreeMap<Integer, List<Attr>>) byVersion).lastKey();
      types.add(new Type(t.goName(), t.javaName(), t.doc(), mergeAttrs(byVersion), t.apiVersion(),
          t.kind(), t.root(), since, until));
    }
    return new ApiModel(first, last, List.copyOf(types));
  }

  /**
   * Merges the attribute lists of the versions of one type: the newest order, with fields that
   * only older versions have after the field that preceded them there.
   */
  private static List<Attr> mergeAttrs(Map<Integer, List<Attr>> byVersion) {
    List<Integer> newestFirst = new ArrayList<>(byVersion.keySet());
    newestFirst.sort((a, b) -> Integer.compare(b, a));
    List<String> order = new ArrayList<>();
    Map<String, Attr> newest = new LinkedHashMap<>();
    Map<String, int[]> range = new LinkedHashMap<>();
    Map<String, String> gate = new LinkedHashMap<>();
    Map<String, Integer> gatedUntil = new LinkedHashMap<>();
    for (int v : newestFirst) {
      String previous = null;
      for (Attr a : byVersion.get(v)) {
        if (!order.contains(a.json())) {
          order.add(previous == null ? 0 : order.indexOf(previous) + 1, a.json());
          newest.put(a.json(), a);
        }
        range.merge(a.json(), new int[] {v, v},
            (x, y) -> new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])});
        if (!a.gate().isEmpty()) {
          gate.putIfAbsent(a.json(), a.gate());
          gatedUntil.merge(a.json(), v, Math::max);
        }
        previous = a.json();
      }
    }
    List<Attr> merged = new ArrayList<>();
    for (String json : order) {
      Attr a = newest.get(json);
      int[] r = range.get(json);
      merged.add(new Attr(a.json(), a.declaringType(), a.shape(), a.presence(), a.omitempty(),
          a.doc(), r[0],
          r[1], gate.getOrDefault(json, ""), gatedUntil.getOrDefault(json, 0), a.goType()));
    }
    return List.copyOf(merged);
  }

  static String javaName(String goName) {
    return goName.substring(goName.indexOf('.') + 1);
  }

  private static String apiVersion(String goName) {
    String pkg = goName.substring(0, goName.indexOf('.'));
    return pkg.equals("core/v1") ? "v1" : pkg;
  }

  /** Returns the type with this Java name. */
  Type type(String javaName) {
    for (Type t : types) {
      if (t.javaName().equals(javaName)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no type " + javaName);
  }

  /** Resolves type expressions and flattens embedded structs within one description. */
  private static final class Resolver {
    private final ApiDescription description;
    private final Map<String, GoType> byName = new LinkedHashMap<>();

    Resolver(ApiDescription description) {
      this.description = description;
      for (GoType t : description.types()) {
        byName.put(t.name(), t);
      }
    }

    GoType type(String name) {
      return Objects.requireNonNull(byName.get(name), () -> "1." + description.minor()
          + ": type " + name + " is not described");
    }

    /** Returns the struct types reachable from the roots, embedded ones excepted. */
    List<String> reachable() {
      List<String> seen = new ArrayList<>();
      for (String root : description.roots()) {
        visit(root, seen);
      }
      return seen;
    }

    private void visit(String name, List<String> seen) {
      if (seen.contains(name)) {
        return;
      }
      seen.add(name);
      for (Attr a : attrs(type(name), description.minor(), false)) {
        visitShape(a.shape(), seen);
      }
    }

    private void visitShape(Shape shape, List<String> seen) {
      if (shape instanceof Shape.Struct s) {
        visit(goNameOf(s.javaName()), seen);
      } else if (shape instanceof Shape.ListOf l) {
        visitShape(l.element(), seen);
      } else if (shape instanceof Shape.MapOf m) {
        visitShape(m.value(), seen);
      }
    }

    private String goNameOf(String javaName) {
      for (String name : byName.keySet()) {
        if (byName.get(name).kind().equals("struct") && javaName(name).equals(javaName)) {
          return name;
        }
      }
      throw new IllegalArgumentException("no struct " + javaName);
    }

    boolean hasTypeMeta(GoType t) {
      return t.fields().stream()
          .anyMatch(f -> f.inline() && stripPointer(f.type()).equals("meta/v1.TypeMeta"));
    }

    /** Returns the attributes of a struct, embedded structs flattened in place. */
    List<Attr> attrs(GoType t, int minor, boolean object) {
      if (!t.kind().equals("struct")) {
        throw new IllegalArgumentException(t.name() + " is not a struct");
      }
      List<Attr> attrs = new ArrayList<>();
      for (GoField f : t.fields()) {
        if (f.inline() || f.json().isEmpty()) {
          String embedded = stripPointer(f.type());
          if (object && embedded.equals("meta/v1.TypeMeta")) {
            continue; // apiVersion and kind are constants of the Java type
          }
          attrs.addAll(attrs(type(embedded), minor, false));
          continue;
        }
        if (f.json().equals("-")) {
          continue;
        }
        String key = t.name() + "." + f.json();
        String type = Overrides.TYPES.getOrDefault(key, f.type());
        boolean pointer = type.startsWith("*");
        Shape shape = type.equals("opaque") ? new Shape.Opaque() : shape(type);
        attrs.add(new Attr(f.json(), t.name(), shape, presence(key, f, shape, pointer),
            f.omitempty(), f.doc(),
            minor, minor, f.featureGates().isEmpty() ? "" : f.featureGates().get(0), 0,
            stripPointer(type)));
      }
      return attrs;
    }

    private static Presence presence(String key, GoField f, Shape shape, boolean pointer) {
      if (shape instanceof Shape.ListOf || shape instanceof Shape.MapOf) {
        return Presence.COLLECTION;
      }
      if (Overrides.DEFAULTED.contains(key)) {
        return Presence.DEFAULTED;
      }
      if (Overrides.OPTIONAL.contains(key) || pointer || shape == Shape.Scalar.TREE
          || shape == Shape.Scalar.QUANTITY) {
        return Presence.OPTIONAL;
      }
      if (shape instanceof Shape.Struct && Overrides.DEFAULTED_STRUCTS.contains(f.json())) {
        return Presence.DEFAULTED;
      }
      if (f.omitempty()) {
        return Presence.OPTIONAL;
      }
      return shape == Shape.Scalar.INT_OR_STRING ? Presence.REQUIRED : Presence.DEFAULTED;
    }

    private Shape shape(String expr) {
      if (expr.startsWith("*")) {
        return shape(expr.substring(1));
      }
      if (expr.equals("[]byte")) {
        return Shape.Scalar.STRING; // base64 text, as in JSON
      }
      if (expr.startsWith("[]")) {
        return new Shape.ListOf(shape(expr.substring(2)));
      }
      if (expr.startsWith("map[")) {
        int close = matchingBracket(expr, 3);
        Shape key = shape(expr.substring(4, close));
        if (key != Shape.Scalar.STRING) {
          throw new IllegalArgumentException("map keys must be strings: " + expr);
        }
        return new Shape.MapOf(shape(expr.substring(close + 1)));
      }
      switch (expr) {
        case "string":
          return Shape.Scalar.STRING;
        case "bool":
          return Shape.Scalar.BOOL;
        case "int32":
        case "int":
          return Shape.Scalar.INT32;
        case "int64":
          return Shape.Scalar.INT64;
        case "float64":
          return Shape.Scalar.FLOAT64;
        default:
          break;
      }
      Shape.Scalar leaf = Overrides.LEAVES.get(expr);
      if (leaf != null) {
        return leaf;
      }
      GoType t = type(expr);
      switch (t.kind()) {
        case "struct":
          return new Shape.Struct(javaName(t.name()));
        case "alias":
          return shape(t.underlying());
        default:
          throw new IllegalArgumentException("1." + description.minor() + ": unsupported "
              + t.kind() + " type " + expr);
      }
    }

    private static int matchingBracket(String expr, int open) {
      int depth = 0;
      for (int i = open; i < expr.length(); i++) {
        if (expr.charAt(i) == '[') {
          depth++;
        } else if (expr.charAt(i) == ']' && --depth == 0) {
          return i;
        }
      }
      throw new IllegalArgumentException("unbalanced type expression " + expr);
    }

    private static String stripPointer(String expr) {
      return expr.startsWith("*") ? expr.substring(1) : expr;
    }
  }
}
