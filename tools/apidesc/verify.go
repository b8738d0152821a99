package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Two checks against independent upstream data, run by generate.sh on the exported sources
// (they read upstream files; they copy nothing):
//
//	apidesc fixtures DESC.json TYPE=FIXTURE.json[#key]...
//	    reads upstream's round-trip fixtures (testdata/HEAD/<group>.<version>.<Kind>.json, one
//	    object per kind with every field set) with the description: every key outside status
//	    must be a described field of the right JSON shape, and every described field reachable
//	    from the fixture's kind should occur in it.
//	apidesc swagger DESC.json SRCDIR...
//	    compares each struct's JSON keys and docs with upstream's generated swagger docs
//	    (types_swagger_doc_generated.go: map_<Type> = {"": type doc, "<json>": field doc}).

type walker struct {
	types   map[string]*rType
	unknown []string
	shape   []string
	seen    map[string]bool // "<type>.<Field>" present in the fixture
}

func newWalker(d *rDesc) *walker {
	w := &walker{types: map[string]*rType{}, seen: map[string]bool{}}
	for i := range d.Types {
		w.types[d.Types[i].Name] = &d.Types[i]
	}
	return w
}

// flatFields returns the JSON-visible fields of a struct, inline ones expanded, with their owner.
func (w *walker) flatFields(t *rType) map[string][2]string {
	out := map[string][2]string{}
	for _, f := range t.Fields {
		if f.Inline {
			inner := w.types[strings.TrimPrefix(f.Type, "*")]
			if inner != nil {
				for k, v := range w.flatFields(inner) {
					out[k] = v
				}
			}
			continue
		}
		out[f.JSON] = [2]string{t.Name + "." + f.Name, f.Type}
	}
	return out
}

func (w *walker) walk(path, expr string, v interface{}) {
	if v == nil || expr == "opaque" {
		return
	}
	badShape := func(want string) {
		w.shape = append(w.shape, fmt.Sprintf("%s: want %s (%s), got %T", path, want, expr, v))
	}
	switch {
	case strings.HasPrefix(expr, "*"):
		w.walk(path, expr[1:], v)
	case expr == "[]byte":
		if _, ok := v.(string); !ok {
			badShape("base64 string")
		}
	case strings.HasPrefix(expr, "[]"):
		arr, ok := v.([]interface{})
		if !ok {
			badShape("array")
			return
		}
		for i, e := range arr {
			w.walk(fmt.Sprintf("%s[%d]", path, i), expr[2:], e)
		}
	case strings.HasPrefix(expr, "map["):
		obj, ok := v.(map[string]interface{})
		if !ok {
			badShape("object")
			return
		}
		val := expr[mapValueStart(expr):]
		for k, e := range obj {
			w.walk(path+"["+k+"]", val, e)
		}
	case expr == "string":
		if _, ok := v.(string); !ok {
			badShape("string")
		}
	case expr == "bool":
		if _, ok := v.(bool); !ok {
			badShape("bool")
		}
	case builtins[expr]:
		if _, ok := v.(float64); !ok {
			badShape("number")
		}
	default:
		t := w.types[expr]
		if t == nil {
			w.shape = append(w.shape, fmt.Sprintf("%s: type %s not described", path, expr))
			return
		}
		switch t.Kind {
		case "alias":
			w.walk(path, t.Underlying, v)
		case "leaf":
			// own JSON form
		case "struct":
			obj, ok := v.(map[string]interface{})
			if !ok {
				badShape("object")
				return
			}
			fields := w.flatFields(t)
			keys := make([]string, 0, len(obj))
			for k := range obj {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				f, ok := fields[k]
				if !ok {
					w.unknown = append(w.unknown, path+"."+k)
					continue
				}
				w.seen[f[0]] = true
				w.walk(path+"."+k, f[1], obj[k])
			}
		}
	}
}

// mapValueStart returns the index where V starts in "map[K]V" (K may itself be a map).
func mapValueStart(expr string) int {
	depth := 0
	for i := 3; i < len(expr); i++ {
		switch expr[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(expr)
}

// unseen lists the described fields reachable from root (status aside) that the fixture lacks.
func (w *walker) unseen(root string) []string {
	var out []string
	done := map[string]bool{}
	var visit func(string)
	visit = func(expr string) {
		for _, n := range refs(expr) {
			if done[n] {
				continue
			}
			done[n] = true
			t := w.types[n]
			if t == nil {
				continue
			}
			visit(t.Underlying)
			for _, f := range t.Fields {
				if !f.Inline && f.Type != "opaque" && !w.seen[n+"."+f.Name] {
					out = append(out, n+"."+f.Name)
				}
				visit(f.Type)
			}
		}
	}
	visit(root)
	sort.Strings(out)
	return out
}

// descAndPairs reads the arguments DESC.json KEY=VALUE... of fixtures and swagger.
func descAndPairs(args []string, usage string) (*rDesc, [][2]string, error) {
	if len(args) < 2 {
		return nil, nil, fmt.Errorf("usage: %s", usage)
	}
	d, _, err := readDesc(args[0])
	if err != nil {
		return nil, nil, err
	}
	var pairs [][2]string
	for _, a := range args[1:] {
		k, v, ok := strings.Cut(a, "=")
		if !ok {
			return nil, nil, fmt.Errorf("bad argument %q (usage: %s)", a, usage)
		}
		pairs = append(pairs, [2]string{k, v})
	}
	return d, pairs, nil
}

func runFixtures(args []string) error {
	d, pairs, err := descAndPairs(args, "fixtures DESC.json TYPE=FIXTURE.json[#key]...")
	if err != nil {
		return err
	}
	failed := false
	for _, p := range pairs {
		typ, file := p[0], p[1]
		file, key, sub := strings.Cut(file, "#") // FILE#key: the value of a top-level key
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var v interface{}
		if err := json.Unmarshal(data, &v); err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if sub {
			obj, _ := v.(map[string]interface{})
			if v = obj[key]; v == nil {
				return fmt.Errorf("%s has no top-level key %q", file, key)
			}
		}
		w := newWalker(d)
		w.walk(typ, typ, v)
		unseen := w.unseen(typ)
		fmt.Printf("%s %s: %d described fields set, %d unknown keys, %d shape errors, %d described fields not in the fixture\n",
			d.Kubernetes, typ, len(w.seen), len(w.unknown), len(w.shape), len(unseen))
		for _, u := range w.unknown {
			fmt.Printf("  unknown key %s\n", u)
			failed = true
		}
		for _, s := range w.shape {
			fmt.Printf("  shape %s\n", s)
			failed = true
		}
		for _, u := range unseen {
			fmt.Printf("  not in fixture: %s\n", u)
		}
	}
	if failed {
		return fmt.Errorf("fixtures check failed")
	}
	return nil
}

// swaggerDocs reads map_<Type> literals from the generated swagger doc files of the directories.
func swaggerDocs(dir string) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	file := filepath.Join(dir, "types_swagger_doc_generated.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if os.IsNotExist(err) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if len(vs.Names) != 1 || !strings.HasPrefix(vs.Names[0].Name, "map_") || len(vs.Values) != 1 {
				continue
			}
			lit, ok := vs.Values[0].(*ast.CompositeLit)
			if !ok {
				continue
			}
			m := map[string]string{}
			for _, e := range lit.Elts {
				kv := e.(*ast.KeyValueExpr)
				k, err1 := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
				v, err2 := strconv.Unquote(kv.Value.(*ast.BasicLit).Value)
				if err1 == nil && err2 == nil {
					m[k] = v
				}
			}
			out[strings.TrimPrefix(vs.Names[0].Name, "map_")] = m
		}
	}
	return out, nil
}

func fold(s string) string {
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

func runSwagger(args []string) error {
	d, pairs, err := descAndPairs(args, "swagger DESC.json PKG=DIR...")
	if err != nil {
		return err
	}
	docs := map[string]map[string]map[string]string{}
	for _, p := range pairs {
		pkg, dir := p[0], p[1]
		if docs[pkg], err = swaggerDocs(dir); err != nil {
			return err
		}
	}
	var structs, keyMismatch, docMismatch, docFields int
	for _, t := range d.Types {
		if t.Kind != "struct" {
			continue
		}
		dot := strings.LastIndex(t.Name, ".")
		sw, ok := docs[t.Name[:dot]][t.Name[dot+1:]]
		if !ok {
			continue
		}
		structs++
		ours := map[string]string{"": t.Doc}
		for _, f := range t.Fields {
			if !f.Inline {
				ours[f.JSON] = f.Doc
			}
		}
		for k := range sw {
			if _, ok := ours[k]; !ok {
				keyMismatch++
				fmt.Printf("%s %s: swagger doc has key %q, the description has no such field\n", d.Kubernetes, t.Name, k)
			}
		}
		for k, doc := range ours {
			want, ok := sw[k]
			if !ok {
				if doc != "" {
					keyMismatch++
					fmt.Printf("%s %s: field %q has a doc but no swagger doc\n", d.Kubernetes, t.Name, k)
				}
				continue
			}
			docFields++
			if fold(doc) != fold(want) {
				docMismatch++
				a, b := fold(doc), fold(want)
				i := 0
				for i < len(a) && i < len(b) && a[i] == b[i] {
					i++
				}
				from := i - 60
				if from < 0 {
					from = 0
				}
				fmt.Printf("%s %s.%s: doc differs at byte %d\n  ours:    %.160q\n  swagger: %.160q\n", d.Kubernetes, t.Name, k, i, a[from:], b[from:])
			}
		}
	}
	fmt.Printf("%s: %d structs compared with swagger docs, %d key mismatches, %d of %d docs differ\n",
		d.Kubernetes, structs, keyMismatch, docMismatch, docFields)
	if keyMismatch > 0 {
		return fmt.Errorf("swagger check failed")
	}
	return nil
}
