package dev.podwright.cli;

import dev.podwright.model.Container;
import dev.podwright.model.CronJob;
import dev.podwright.model.DaemonSet;
import dev.podwright.model.Deployment;
import dev.podwright.model.Job;
import dev.podwright.model.Pod;
import dev.podwright.model.PodSpec;
import dev.podwright.model.StatefulSet;
import dev.podwright.yaml.PodYaml;
import dev.podwright.model.KubernetesObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Applies a sidecar migration to the text of a YAML stream, touching only what the migration
 * changes: each moved container's block of lines (its leading comment lines included) leaves
 * {@code containers}, is re-indented to the dash column of {@code initContainers} (created just
 * before {@code containers}, in the API's field order, when absent) and gains
 * {@code restartPolicy: Always} after its {@code image} (or {@code name}), quoted like its name.
 * Every other byte stays: other documents, comments, quoting, flow style, key order, blank
 * lines, line breaks and a byte order mark.
 *
 * <p>Positions come from SnakeYAML's composer (each node's start and end marks). Cases where a
 * textual edit could change the meaning are refused with an {@link Unsafe} saying why: anchors
 * or aliases in {@code containers} or {@code initContainers}, merge keys in a moved block,
 * either list in flow style (JSON among them), tabs in the indentation, a sequence dash not
 * alone before its item, two containers of the moved name.
 */
final class InPlaceMigration {
  private InPlaceMigration() {}

  /** A document to change: where it is, and the containers the migration moved, by name. */
  record Change(int index, int line, KubernetesObject migrated, List<String> moved) {}

  /** Why the text cannot be edited in place; the message is one line. */
  static final class Unsafe extends Exception {
    private static final long serialVersionUID = 1L;

    Unsafe(String message) {
      super(message);
    }
  }

  /** One edit on whole lines: replace lines [from, to) by {@code text}. */
  private record Edit(int from, int to, String text) {}

  /** A container's block: its lines [from, to), the column of its dash and of its keys. */
  private record Block(int from, int to, int dash, MappingNode node) {}

  /**
   * Returns {@code text} with every change applied.
   *
   * @throws Unsafe if a change cannot be made by editing the text
   */
  static String apply(String text, List<Change> changes) throws Unsafe {
    SourceLines lines = new SourceLines(text);
    List<Node> roots = compose(text);
    List<Edit> edits = new ArrayList<>();
    for (Change change : changes) {
      if (change.index() >= roots.size()) {
        throw new Unsafe("document " + (change.index() + 1) + " not found in the text");
      }
      MappingNode object = objectAt(roots.get(change.index()), change.line(), lines);
      edits.addAll(edits(lines, object, change, text));
    }
    return applyEdits(lines, edits);
  }

  /**
   * Returns {@code text} with each changed document replaced by Podwright's writing of the
   * migrated object: the fallback of {@code --rewrite}. Comments and formatting inside those
   * documents are lost; the other documents, and what lies between documents, stay.
   *
   * @throws Unsafe for an object inside a {@code kind: List}, which cannot be rewritten alone
   */
  static String rewrite(String text, List<Change> changes) throws Unsafe {
    SourceLines lines = new SourceLines(text);
    List<Node> roots = compose(text);
    List<Edit> edits = new ArrayList<>();
    for (Change change : changes) {
      Node root = roots.get(change.index());
      if (root.getStartMark().getLine() + 1 != change.line()) {
        throw new Unsafe("document " + (change.index() + 1) + ": an object inside a kind: "
            + "List cannot be rewritten on its own");
      }
      int from = root.getStartMark().getLine();
      int to = lines.lineOf(lastContentChar(lines, root)) + 1;
      if (!lines.content(from).substring(0, root.getStartMark().getColumn()).isBlank()) {
        throw new Unsafe("document " + (change.index() + 1) + " starts on the line of its ---");
      }
      edits.add(new Edit(from, to, PodYaml.toYaml(change.migrated())
          .replace("\n", lines.lineBreak())));
    }
    return applyEdits(lines, edits);
  }

  private static List<Node> compose(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(64 << 20);
    List<Node> roots = new ArrayList<>();
    for (Node node : new Yaml(new SafeConstructor(options)).composeAll(new StringReader(text))) {
      roots.add(node);
    }
    return roots;
  }

  /** Returns the object of a document, or the item of a {@code kind: List} at {@code line}. */
  private static MappingNode objectAt(Node root, int line, SourceLines lines) throws Unsafe {
    if (root instanceof MappingNode && root.getStartMark().getLine() + 1 == line) {
      return (MappingNode) root;
    }
    Node items = root instanceof MappingNode ? value((MappingNode) root, "items") : null;
    if (items instanceof SequenceNode) {
      for (Node item : ((SequenceNode) items).getValue()) {
        if (item instanceof MappingNode && item.getStartMark().getLine() + 1 == line) {
          return (MappingNode) item;
        }
      }
    }
    throw new Unsafe("the object at line " + line + " not found in the text");
  }

  private static @Nullable NodeTuple entry(MappingNode mapping, String key) {
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode
          && ((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
        return tuple;
      }
    }
    return null;
  }

  private static @Nullable Node value(MappingNode mapping, String key) {
    NodeTuple tuple = entry(mapping, key);
    return tuple == null ? null : tuple.getValueNode();
  }

  /** Returns the pod spec of a Pod or of a workload's pod template. */
  private static MappingNode podSpec(MappingNode object, String kind, String where)
      throws Unsafe {
    List<String> path = switch (kind) {
      case "Pod" -> List.of("spec");
      case "CronJob" -> List.of("spec", "jobTemplate", "spec", "template", "spec");
      default -> List.of("spec", "template", "spec");
    };
    Node node = object;
    for (String key : path) {
      Node next = node instanceof MappingNode ? value((MappingNode) node, key) : null;
      if (!(next instanceof MappingNode)) {
        throw new Unsafe(where + ": " + String.join(".", path) + " is not a plain mapping");
      }
      node = next;
    }
    return (MappingNode) node;
  }

  private static List<Edit> edits(SourceLines lines, MappingNode object, Change change,
      String text) throws Unsafe {
    KubernetesObject migrated = change.migrated();
    String where = "document " + (change.index() + 1) + " (" + migrated.kind() + " \""
        + migrated.metadata().name() + "\")";
    MappingNode spec = podSpec(object, migrated.kind(), where);
    NodeTuple containersEntry = entry(spec, "containers");
    if (containersEntry == null
        || !(containersEntry.getValueNode() instanceof SequenceNode)) {
      throw new Unsafe(where + ": containers is not a list");
    }
    SequenceNode containers = (SequenceNode) containersEntry.getValueNode();
    if (containers.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      throw new Unsafe(where + ": containers is in flow style ([...], as in JSON)");
    }
    // Aliases share nodes, so the marks of an aliased node point at its anchor: no block of
    // either list can be cut by its marks then.
    refuseAnchors(text, lines, containersEntry, where);
    NodeTuple initEntry = entry(spec, "initContainers");
    if (initEntry != null) {
      refuseAnchors(text, lines, initEntry, where);
    }
    List<Edit> edits = new ArrayList<>();
    Map<String, Block> moved = new TreeMap<>();
    List<Block> all = blocks(lines, containers, containersEntry, where);
    for (String name : change.moved()) {
      Block block = null;
      for (Block b : all) {
        if (name.equals(scalar(b.node(), "name"))) {
          if (block != null) {
            throw new Unsafe(where + ": two containers are named \"" + name + "\"");
          }
          block = b;
        }
      }
      if (block == null) {
        throw new Unsafe(where + ": container \"" + name + "\" not found in the text");
      }
      if (entry(block.node(), "<<") != null) {
        throw new Unsafe(where + ": container \"" + name + "\" uses a merge key (<<)");
      }
      moved.put(name, block);
      edits.add(new Edit(block.from(), block.to(), ""));
    }
    edits.addAll(insertions(lines, spec, containersEntry, containers, moved, change, where));
    return edits;
  }

  /**
   * Anchors and aliases tie distant parts of a file together: moving one past the other could
   * leave an alias before its anchor. A list that holds either is left alone; anchors and
   * aliases elsewhere keep their order and are no obstacle.
   */
  private static void refuseAnchors(String text, SourceLines lines, NodeTuple entry,
      String where) throws Unsafe {
    String key = key(entry);
    Node value = entry.getValueNode();
    int from = lines.charIndex(entry.getKeyNode().getStartMark().getIndex());
    if (value.getStartMark().getIndex() < entry.getKeyNode().getEndMark().getIndex()) {
      throw new Unsafe(where + ": " + key + " is an alias");
    }
    int to = lines.charIndex(value.getEndMark().getIndex());
    for (Event event : new Yaml().parse(new StringReader(text))) {
      int at = lines.charIndex(event.getStartMark().getIndex());
      if (at >= to) {
        return;
      }
      if (at < from) {
        continue;
      }
      if (event instanceof AliasEvent) {
        throw new Unsafe(where + ": " + key + " uses an alias (*"
            + ((AliasEvent) event).getAnchor() + ")");
      }
      if (event instanceof NodeEvent && ((NodeEvent) event).getAnchor() != null) {
        throw new Unsafe(where + ": " + key + " defines an anchor (&"
            + ((NodeEvent) event).getAnchor() + ")");
      }
    }
  }

  private static @Nullable String scalar(MappingNode mapping, String key) {
    Node node = value(mapping, key);
    return node instanceof ScalarNode ? ((ScalarNode) node).getValue() : null;
  }

  /** Cuts a block sequence of mappings into the line blocks of its items. */
  private static List<Block> blocks(SourceLines lines, SequenceNode sequence, NodeTuple entry,
      String where) throws Unsafe {
    List<Block> blocks = new ArrayList<>();
    int previousEnd = lines.lineOf(lines.charIndex(entry.getKeyNode().getStartMark().getIndex()))
        + 1;
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      if (!(item instanceof MappingNode)) {
        throw new Unsafe(where + ": an item of " + key(entry) + " is not a mapping");
      }
      int itemLine = item.getStartMark().getLine();
      int dashLine = itemLine;
      String prefix = lines.content(itemLine).substring(0,
          Math.min(lines.content(itemLine).length(), item.getStartMark().getColumn()));
      if (prefix.isBlank() && itemLine > 0) {
        dashLine = itemLine - 1; // "-" alone on the line before
        prefix = lines.content(dashLine);
      }
      if (!prefix.strip().equals("-")) {
        throw new Unsafe(where + ": an item of " + key(entry)
            + " does not start with its own \"- \" line (line " + (itemLine + 1) + ")");
      }
      int dash = prefix.indexOf('-');
      int end = lines.lineOf(lastContentChar(lines, item)) + 1;
      int nextStart = i + 1 < items.size()
          ? items.get(i + 1).getStartMark().getLine() : Integer.MAX_VALUE;
      // Comment lines indented deeper than the dash after the item still belong to it.
      while (end < lines.size() && end < nextStart && lines.isComment(end)
          && lines.indent(end) > dash) {
        end++;
      }
      int start = dashLine;
      while (start - 1 >= previousEnd && lines.isComment(start - 1)
          && lines.indent(start - 1) == dash) {
        start--;
      }
      for (int l = start; l < end; l++) {
        if (lines.tabIndented(l)) {
          throw new Unsafe(where + ": line " + (l + 1) + " is indented with a tab");
        }
      }
      blocks.add(new Block(start, end, dash, (MappingNode) item));
      previousEnd = end;
    }
    return blocks;
  }

  private static String key(NodeTuple entry) {
    return ((ScalarNode) entry.getKeyNode()).getValue();
  }

  /** Returns the char offset of the last character of a node's own text. */
  private static int lastContentChar(SourceLines lines, Node node) {
    Node last = node;
    while (true) {
      if (last instanceof MappingNode && ((MappingNode) last).getFlowStyle()
          != DumperOptions.FlowStyle.FLOW && !((MappingNode) last).getValue().isEmpty()) {
        List<NodeTuple> tuples = ((MappingNode) last).getValue();
        last = tuples.get(tuples.size() - 1).getValueNode();
      } else if (last instanceof SequenceNode && ((SequenceNode) last).getFlowStyle()
          != DumperOptions.FlowStyle.FLOW && !((SequenceNode) last).getValue().isEmpty()) {
        List<Node> items = ((SequenceNode) last).getValue();
        last = items.get(items.size() - 1);
      } else {
        break;
      }
    }
    int end = lines.charIndex(last.getEndMark().getIndex());
    return Math.max(lines.charIndex(last.getStartMark().getIndex()), end - 1);
  }

  /** Places the moved blocks in initContainers, in the migrated order. */
  private static List<Edit> insertions(SourceLines lines, MappingNode spec,
      NodeTuple containersEntry, SequenceNode containers, Map<String, Block> moved,
      Change change, String where) throws Unsafe {
    List<String> order = podSpecOf(change.migrated()).initContainers().stream()
        .map(Container::name).toList();
    NodeTuple initEntry = entry(spec, "initContainers");
    Node init = initEntry == null ? null : initEntry.getValueNode();  // checked for aliases
    boolean empty = init == null || init instanceof ScalarNode
        && ((ScalarNode) init).getValue().isEmpty()
        || init instanceof SequenceNode && ((SequenceNode) init).getValue().isEmpty();
    int keyLine = lines.lineOf(lines.charIndex(
        containersEntry.getKeyNode().getStartMark().getIndex()));
    int keyColumn = containersEntry.getKeyNode().getStartMark().getColumn();
    int containersDash = moved.values().iterator().next().dash();
    String nl = lines.lineBreak();
    List<Edit> edits = new ArrayList<>();
    if (empty) {
      // initContainers absent, null or []: a new block key, indented like containers, and
      // dashes as far from it as containers' are from theirs.
      String body = moved.values().stream()
          .sorted(Comparator.comparingInt(b -> order.indexOf(scalar(b.node(), "name"))))
          .map(b -> shifted(lines, b, 0, nl))
          .collect(Collectors.joining());
      String key = " ".repeat(keyColumn) + "initContainers:" + nl;
      if (initEntry != null) {
        int line = lines.lineOf(lines.charIndex(initEntry.getKeyNode().getStartMark()
            .getIndex()));
        int valueEnd = lines.lineOf(lastContentChar(lines, init));
        if (valueEnd != line || !lines.content(line).strip().matches(
            "initContainers\\s*:\\s*(\\[\\s*\\]|~|null|Null|NULL)?\\s*(#.*)?")) {
          throw new Unsafe(where + ": initContainers is empty but not on a line of its own");
        }
        key = " ".repeat(lines.indent(line)) + "initContainers:" + nl;
        edits.add(new Edit(line, line + 1, key + body));
        return edits;
      }
      int at = keyLine;
      while (at - 1 >= 0 && lines.isComment(at - 1) && lines.indent(at - 1) == keyColumn) {
        at--; // keep containers' own comment lines with it
      }
      edits.add(new Edit(at, at, key + body));
      return edits;
    }
    if (!(init instanceof SequenceNode)
        || ((SequenceNode) init).getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      throw new Unsafe(where + ": initContainers is " + (init instanceof SequenceNode
          ? "in flow style ([...])" : "not a list"));
    }
    List<Block> existing = blocks(lines, (SequenceNode) init, initEntry, where);
    int delta = existing.get(0).dash() - containersDash;
    Map<Integer, StringBuilder> at = new TreeMap<>();
    for (Block b : moved.values().stream()
        .sorted(Comparator.comparingInt(b -> order.indexOf(scalar(b.node(), "name"))))
        .toList()) {
      int position = order.indexOf(scalar(b.node(), "name"));
      int line = existing.get(existing.size() - 1).to();
      for (String next : order.subList(position + 1, order.size())) {
        Block before = existing.stream().filter(e -> next.equals(scalar(e.node(), "name")))
            .findFirst().orElse(null);
        if (before != null) {
          line = before.from();
          break;
        }
      }
      at.computeIfAbsent(line, l -> new StringBuilder()).append(shifted(lines, b, delta, nl));
    }
    at.forEach((line, body) -> edits.add(new Edit(line, line, ensureBreak(lines, line, nl)
        + body)));
    return edits;
  }

  /** Inserting after a last line without a line break needs one first. */
  private static String ensureBreak(SourceLines lines, int line, String nl) {
    return line == lines.size() && line > 0 && !lines.line(line - 1).endsWith("\n") ? nl : "";
  }

  /** Returns a block's lines shifted by {@code delta} columns, with the restart policy added. */
  private static String shifted(SourceLines lines, Block block, int delta, String nl) {
    MappingNode node = block.node();
    String policy = restartPolicyLine(node);
    int afterLine = -1;
    String flowInsert = null;
    int keyColumn = node.getStartMark().getColumn() + delta;
    NodeTuple existingPolicy = entry(node, "restartPolicy");
    if (node.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      flowInsert = ", " + policy;
    } else if (existingPolicy == null) {
      NodeTuple after = entry(node, "image") != null ? entry(node, "image") : entry(node, "name");
      Node value = after != null ? after.getValueNode() : node.getValue().get(0).getValueNode();
      afterLine = lines.lineOf(lastContentChar(lines, value));
    }
    StringBuilder out = new StringBuilder();
    for (int l = block.from(); l < block.to(); l++) {
      String line = lines.line(l);
      if (!line.endsWith("\n")) {
        line += nl;
      }
      if (existingPolicy != null && l == existingPolicy.getValueNode().getStartMark().getLine()) {
        int from = existingPolicy.getValueNode().getStartMark().getColumn();
        int to = existingPolicy.getValueNode().getEndMark().getColumn();
        line = line.substring(0, from) + policyValue(node) + line.substring(to);
      }
      if (flowInsert != null && l == node.getEndMark().getLine()) {
        int close = node.getEndMark().getColumn() - 1;
        line = line.substring(0, close) + flowInsert + line.substring(close);
      }
      out.append(shift(line, delta));
      if (l == afterLine) {
        out.append(" ".repeat(keyColumn)).append(policy).append(nl);
      }
    }
    return out.toString();
  }

  private static String shift(String line, int delta) {
    if (delta == 0 || line.isBlank()) {
      return line;
    }
    if (delta > 0) {
      return " ".repeat(delta) + line;
    }
    int spaces = 0;
    while (spaces < -delta && spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return line.substring(spaces);
  }

  /** {@code restartPolicy: Always}, quoted as the container's name is. */
  private static String restartPolicyLine(MappingNode node) {
    return "restartPolicy: " + policyValue(node);
  }

  private static String policyValue(MappingNode node) {
    Node name = value(node, "name");
    DumperOptions.ScalarStyle style = name instanceof ScalarNode
        ? ((ScalarNode) name).getScalarStyle() : DumperOptions.ScalarStyle.PLAIN;
    return switch (style) {
      case DOUBLE_QUOTED -> "\"Always\"";
      case SINGLE_QUOTED -> "'Always'";
      default -> "Always";
    };
  }

  private static String applyEdits(SourceLines lines, List<Edit> edits) throws Unsafe {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::from).thenComparingInt(Edit::to));
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (Edit edit : sorted) {
      if (edit.from() < line) {
        throw new Unsafe("two edits overlap at line " + (edit.from() + 1));
      }
      for (; line < edit.from(); line++) {
        out.append(lines.line(line));
      }
      out.append(edit.text());
      line = Math.max(line, edit.to());
    }
    for (; line < lines.size(); line++) {
      out.append(lines.line(line));
    }
    return out.toString();
  }

  /** The names a migration moved: in the migrated init containers, not in the original ones. */
  static List<String> moved(KubernetesObject original, KubernetesObject migrated) {
    Set<String> before = podSpecOf(original).initContainers().stream()
        .map(Container::name).collect(Collectors.toSet());
    return podSpecOf(migrated).initContainers().stream().map(Container::name)
        .filter(n -> !before.contains(n)).toList();
  }

  /** Returns the pod spec of a Pod or of a workload's pod template. */
  static PodSpec podSpecOf(KubernetesObject object) {
    if (object instanceof Pod) {
      return ((Pod) object).spec();
    }
    if (object instanceof Deployment) {
      return ((Deployment) object).spec().template().spec();
    }
    if (object instanceof StatefulSet) {
      return ((StatefulSet) object).spec().template().spec();
    }
    if (object instanceof DaemonSet) {
      return ((DaemonSet) object).spec().template().spec();
    }
    if (object instanceof Job) {
      return ((Job) object).spec().template().spec();
    }
    if (object instanceof CronJob) {
      return ((CronJob) object).spec().jobTemplate().spec().template().spec();
    }
    throw new IllegalArgumentException("kind " + object.kind() + " has no pod template");
  }
}
