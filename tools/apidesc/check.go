package main

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// The read side of the format, for check and diff.
type rDesc struct {
	Kubernetes string            `json:"kubernetes"`
	Sources    map[string]string `json:"sources"`
	Roots      []string          `json:"roots"`
	Types      []rType           `json:"types"`
}

type rType struct {
	Name       string        `json:"name"`
	Kind       string        `json:"kind"`
	Underlying string        `json:"underlying"`
	Enum       []interface{} `json:"enum"`
	Doc        string        `json:"doc"`
	Fields     []Field       `json:"fields"` // the write-side Field: extra keys decode too
}

func readDesc(path string) (*rDesc, []byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var d rDesc
	// extra keys of the writer (consts, featureGates, ...) are allowed: decode leniently
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, data, nil
}

var namedRef = regexp.MustCompile(`[a-z0-9/]+\.[A-Z][A-Za-z0-9]*`)

// refs returns the named types a type expression mentions.
func refs(expr string) []string {
	if expr == "opaque" {
		return nil
	}
	return namedRef.FindAllString(expr, -1)
}

var validExpr = regexp.MustCompile(`^(\*|\[\]|map\[[^\]]+\])*([a-z0-9/]+\.[A-Z][A-Za-z0-9]*|string|bool|byte|int32|int64|int|float64)$`)

// checkDesc returns the problems of one description.
func checkDesc(d *rDesc) []string {
	var problems []string
	bad := func(format string, args ...interface{}) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	byName := map[string]*rType{}
	for i := range d.Types {
		t := &d.Types[i]
		if i > 0 && d.Types[i-1].Name >= t.Name {
			bad("types not sorted or duplicated at %s", t.Name)
		}
		byName[t.Name] = t
	}
	var queue []string
	for _, r := range d.Roots {
		if byName[r] == nil {
			bad("root %s not listed", r)
		}
		queue = append(queue, r)
	}
	reached := map[string]bool{}
	checkRef := func(owner, expr string) {
		if expr != "opaque" && !validExpr.MatchString(expr) {
			bad("%s: malformed type expression %q", owner, expr)
		}
		for _, r := range refs(expr) {
			if byName[r] == nil {
				bad("%s refers to %s, which is not listed", owner, r)
			}
			queue = append(queue, r)
		}
	}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if reached[n] || byName[n] == nil {
			continue
		}
		reached[n] = true
		t := byName[n]
		switch t.Kind {
		case "struct":
			if t.Fields == nil {
				bad("%s: struct without fields array", n)
			}
			jsonNames := map[string]bool{}
			goNames := map[string]bool{}
			for _, f := range t.Fields {
				if goNames[f.Name] {
					bad("%s: duplicate field %s", n, f.Name)
				}
				goNames[f.Name] = true
				if f.Inline != (f.JSON == "") {
					bad("%s.%s: inline and empty json must go together", n, f.Name)
				}
				if !f.Inline {
					if jsonNames[f.JSON] {
						bad("%s: duplicate json key %s", n, f.JSON)
					}
					jsonNames[f.JSON] = true
				}
				if f.ListMapKeys == nil {
					bad("%s.%s: listMapKeys must be an array", n, f.Name)
				}
				if len(f.ListMapKeys) > 0 && (f.ListType == nil || *f.ListType != "map") {
					bad("%s.%s: listMapKeys without listType=map", n, f.Name)
				}
				if f.Type == "opaque" && f.JSON != "status" {
					bad("%s.%s: only status fields may be opaque", n, f.Name)
				}
				checkRef(n+"."+f.Name, f.Type)
			}
		case "alias":
			if t.Enum == nil {
				bad("%s: enum must be an array", n)
			}
			checkRef(n, t.Underlying)
		case "leaf":
			if !leafTypes[n] {
				bad("%s: leaf that is not in the leaf list", n)
			}
		default:
			bad("%s: unknown kind %q", n, t.Kind)
		}
	}
	simple := map[string]string{}
	for _, t := range d.Types {
		short := t.Name[strings.LastIndex(t.Name, ".")+1:]
		if other, ok := simple[short]; ok {
			// not wrong in Go, but a model that names types without their package needs to know
			bad("%s and %s share the simple name %s", other, t.Name, short)
		}
		simple[short] = t.Name
	}
	for _, t := range d.Types {
		if !reached[t.Name] {
			bad("%s is listed but not reachable from the roots", t.Name)
		}
	}
	return problems
}

func runCheck(paths []string) error {
	failed := false
	fmt.Printf("%-8s %7s %6s %6s %5s %6s %6s %7s %6s %9s %9s\n", "version", "types", "struct", "alias",
		"leaf", "fields", "gated", "docGate", "enums", "docBytes", "fileBytes")
	for _, p := range paths {
		d, data, err := readDesc(p)
		if err != nil {
			return err
		}
		for _, prob := range checkDesc(d) {
			fmt.Fprintf(os.Stderr, "%s: %s\n", p, prob)
			failed = true
		}
		var nStruct, nAlias, nLeaf, nFields, nGated, nDocGated, nEnums, docBytes int
		var raw struct {
			Types []struct {
				Fields []struct {
					DocFeatureGates []string `json:"docFeatureGates"`
				} `json:"fields"`
			} `json:"types"`
		}
		json.Unmarshal(data, &raw)
		for i, t := range d.Types {
			docBytes += len(t.Doc)
			switch t.Kind {
			case "struct":
				nStruct++
				for j, f := range t.Fields {
					nFields++
					docBytes += len(f.Doc)
					if f.FeatureGate != nil {
						nGated++
					}
					if len(raw.Types[i].Fields[j].DocFeatureGates) > 0 {
						nDocGated++
					}
				}
			case "alias":
				nAlias++
				if len(t.Enum) > 0 {
					nEnums++
				}
			case "leaf":
				nLeaf++
			}
		}
		fmt.Printf("%-8s %7d %6d %6d %5d %6d %6d %7d %6d %9d %9d\n", d.Kubernetes, len(d.Types), nStruct,
			nAlias, nLeaf, nFields, nGated, nDocGated, nEnums, docBytes, len(data))
	}
	if failed {
		return fmt.Errorf("check failed")
	}
	return nil
}

func runDiff(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("diff needs OLD NEW")
	}
	a, _, err := readDesc(args[0])
	if err != nil {
		return err
	}
	b, _, err := readDesc(args[1])
	if err != nil {
		return err
	}
	for _, line := range diffDesc(a, b) {
		fmt.Println(line)
	}
	return nil
}

// diffDesc lists, in type order, what changed from a to b (docs aside).
func diffDesc(a, b *rDesc) []string {
	old := map[string]*rType{}
	for i := range a.Types {
		old[a.Types[i].Name] = &a.Types[i]
	}
	cur := map[string]*rType{}
	for i := range b.Types {
		cur[b.Types[i].Name] = &b.Types[i]
	}
	var names []string
	for n := range old {
		names = append(names, n)
	}
	for n := range cur {
		if old[n] == nil {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		o, c := old[n], cur[n]
		switch {
		case o == nil:
			out = append(out, fmt.Sprintf("+ type %s (%s)", n, c.Kind))
			continue
		case c == nil:
			out = append(out, fmt.Sprintf("- type %s", n))
			continue
		}
		if o.Underlying != c.Underlying {
			out = append(out, fmt.Sprintf("~ type %s underlying %s -> %s", n, o.Underlying, c.Underlying))
		}
		if fmt.Sprint(o.Enum) != fmt.Sprint(c.Enum) {
			out = append(out, fmt.Sprintf("~ enum %s %v -> %v", n, o.Enum, c.Enum))
		}
		of := map[string]Field{}
		for _, f := range o.Fields {
			of[f.Name] = f
		}
		cf := map[string]bool{}
		for _, f := range c.Fields {
			cf[f.Name] = true
			p, ok := of[f.Name]
			if !ok {
				out = append(out, fmt.Sprintf("+ field %s.%s %q %s gate=%s", n, f.Name, f.JSON, f.Type, str(f.FeatureGate)))
				continue
			}
			if p.Type != f.Type || p.JSON != f.JSON || p.Omitempty != f.Omitempty || p.Optional != f.Optional ||
				str(p.FeatureGate) != str(f.FeatureGate) || str(p.ListType) != str(f.ListType) ||
				fmt.Sprint(p.ListMapKeys) != fmt.Sprint(f.ListMapKeys) {
				out = append(out, fmt.Sprintf("~ field %s.%s: %s -> %s", n, f.Name, fieldSig(p), fieldSig(f)))
			}
		}
		for _, f := range o.Fields {
			if !cf[f.Name] {
				out = append(out, fmt.Sprintf("- field %s.%s %q", n, f.Name, f.JSON))
			}
		}
	}
	return out
}

func fieldSig(f Field) string {
	return fmt.Sprintf("%q %s omitempty=%v optional=%v gate=%s listType=%s keys=%v", f.JSON, f.Type,
		f.Omitempty, f.Optional, str(f.FeatureGate), str(f.ListType), f.ListMapKeys)
}

func str(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}
