package main

import (
	"go/ast"
	"regexp"
	"sort"
	"strings"
)

// commentLines returns the text lines of a comment group without the comment markers ("//",
// "/*", "*/") and without the one space that conventionally follows "//".
func commentLines(groups ...*ast.CommentGroup) []string {
	var lines []string
	for _, g := range groups {
		if g == nil {
			continue
		}
		for _, c := range g.List {
			text := c.Text
			if strings.HasPrefix(text, "//") {
				text = strings.TrimPrefix(text[2:], " ")
				lines = append(lines, text)
				continue
			}
			text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
			lines = append(lines, strings.Split(text, "\n")...)
		}
	}
	return lines
}

// markers holds the generator instructions ("+name=value" lines) of a comment.
type markers struct {
	lines []string
}

func parseMarkers(lines []string) markers {
	var m markers
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "+") {
			continue
		}
		// A line may hold several markers ("+featureGate=X +optional"); a word that does not
		// start with "+" continues the marker before it ("+k8s:alpha(since: "1.36")=...").
		var cur []string
		for _, w := range strings.Fields(t) {
			if strings.HasPrefix(w, "+") && len(cur) > 0 {
				m.lines = append(m.lines, strings.Join(cur, " "))
				cur = nil
			}
			if len(cur) == 0 {
				w = w[1:]
			}
			cur = append(cur, w)
		}
		m.lines = append(m.lines, strings.Join(cur, " "))
	}
	return m
}

// has reports whether a marker with this exact name is present (+name or +name=...).
func (m markers) has(name string) bool {
	for _, l := range m.lines {
		if l == name || strings.HasPrefix(l, name+"=") {
			return true
		}
	}
	return false
}

// raw returns the values of every +name=value marker as written.
func (m markers) raw(name string) []string {
	var out []string
	for _, l := range m.lines {
		if strings.HasPrefix(l, name+"=") {
			out = append(out, strings.TrimPrefix(l, name+"="))
		}
	}
	return out
}

// values returns the values of every +name=value marker, in order, without quotes.
func (m markers) values(name string) []string {
	var out []string
	for _, l := range m.lines {
		if strings.HasPrefix(l, name+"=") {
			v := strings.TrimSpace(strings.TrimPrefix(l, name+"="))
			v = strings.Trim(v, `"`)
			out = append(out, v)
		}
	}
	return out
}

// cleanDoc turns comment lines into the "doc" of the format: lines from the first "---" line on
// are dropped (upstream's convention for text that is not documentation), marker lines ("+...")
// and one-line TODOs are dropped (as upstream's swagger doc generator does), whitespace is folded
// to single spaces within a paragraph and paragraphs are joined with "\n\n".
func cleanDoc(lines []string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range lines {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "---") {
			break
		}
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "+"), strings.HasPrefix(t, "TODO"):
			// generator marker or internal note
		default:
			cur = append(cur, strings.Join(strings.Fields(t), " "))
		}
	}
	flush()
	return strings.Join(paras, "\n\n")
}

// Gate names in doc text: "the FooBar feature gate", "FooBar feature", "feature gate FooBar",
// "featureGate=FooBar". A name needs two capitals (CamelCase) so that "The feature gate" is not
// taken for a gate.
var (
	gateBefore = regexp.MustCompile("`?\\b([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)`?\\s+feature(?:[ -]gate|[ -]flag)?\\b")
	gateAfter  = regexp.MustCompile("\\bfeature[ -]?gates?\\s*(?:[=:]\\s*)?`?([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)`?")
)

func docFeatureGates(doc string) []string {
	seen := map[string]bool{}
	for _, re := range []*regexp.Regexp{gateBefore, gateAfter} {
		for _, m := range re.FindAllStringSubmatch(doc, -1) {
			seen[m[1]] = true
		}
	}
	out := make([]string, 0, len(seen))
	for g := range seen {
		out = append(out, g)
	}
	sort.Strings(out)
	return out
}
