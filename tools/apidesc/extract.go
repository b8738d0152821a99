package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// pkgInfo says where a package of the description lives: its short name in type expressions,
// its Go import path and its directory relative to the module root.
type pkgInfo struct {
	short, importPath, dir string
	apimachinery           bool
}

var packages = []pkgInfo{
	{"core/v1", "k8s.io/api/core/v1", "core/v1", false},
	{"apps/v1", "k8s.io/api/apps/v1", "apps/v1", false},
	{"batch/v1", "k8s.io/api/batch/v1", "batch/v1", false},
	// Job.spec.scheduling (1.37, alpha) uses the Workload building blocks of this group.
	{"scheduling/v1alpha3", "k8s.io/api/scheduling/v1alpha3", "scheduling/v1alpha3", false},
	{"meta/v1", "k8s.io/apimachinery/pkg/apis/meta/v1", "pkg/apis/meta/v1", true},
	{"resource", "k8s.io/apimachinery/pkg/api/resource", "pkg/api/resource", true},
	{"intstr", "k8s.io/apimachinery/pkg/util/intstr", "pkg/util/intstr", true},
	{"types", "k8s.io/apimachinery/pkg/types", "pkg/types", true},
	{"runtime", "k8s.io/apimachinery/pkg/runtime", "pkg/runtime", true},
}

// DefaultRoots are the workload kinds the description starts from.
var DefaultRoots = []string{"core/v1.Pod", "core/v1.PodTemplateSpec", "batch/v1.Job", "batch/v1.CronJob",
	"apps/v1.Deployment", "apps/v1.StatefulSet", "apps/v1.DaemonSet"}

// leafTypes are never expanded: they have their own JSON form (string or number) that a model
// maps by hand.
var leafTypes = map[string]bool{
	"resource.Quantity":    true,
	"intstr.IntOrString":   true,
	"meta/v1.Time":         true,
	"meta/v1.MicroTime":    true,
	"meta/v1.Duration":     true,
	"meta/v1.FieldsV1":     true,
	"runtime.RawExtension": true,
}

// opaqueStatus are the kinds whose "status" field is an untyped tree ("opaque"): the roots, and
// PersistentVolumeClaim, which StatefulSet embeds in volumeClaimTemplates.
func (x *Extractor) opaqueStatus(name string) bool {
	if name == "core/v1.PersistentVolumeClaim" {
		return true
	}
	for _, r := range x.Roots {
		if r == name {
			return true
		}
	}
	return false
}

var builtins = map[string]bool{
	"string": true, "bool": true, "byte": true, "rune": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"float32": true, "float64": true,
}

// decl is one named type declaration found in a package.
type decl struct {
	pkg     string
	name    string
	spec    *ast.TypeSpec
	doc     []string // doc comment lines (TypeSpec doc, or the GenDecl's for a lone spec)
	imports map[string]string
}

type constVal struct {
	typ  string // type name in the same package, "" when untyped
	expr ast.Expr
}

type pkgData struct {
	info   pkgInfo
	decls  map[string]*decl
	consts map[string]*constVal // const name -> declaration
	order  []string             // const names in source order
}

// Extractor reads the Go sources and produces a Description.
type Extractor struct {
	pkgs     map[string]*pkgData // by short name
	byImport map[string]string   // import path -> short name
	Roots    []string            // where the walk starts; DefaultRoots unless changed
	Warnings []string
}

// skipFile says which files of a package carry nothing the description needs.
func skipFile(name string) bool {
	return !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") ||
		strings.HasPrefix(name, "zz_generated") || strings.HasSuffix(name, ".pb.go") ||
		name == "types_swagger_doc_generated.go"
}

// Load parses the packages under the two module roots.
func Load(apiRoot, machineryRoot string) (*Extractor, error) {
	x := &Extractor{pkgs: map[string]*pkgData{}, byImport: map[string]string{}, Roots: DefaultRoots}
	fset := token.NewFileSet()
	for _, p := range packages {
		root := apiRoot
		if p.apimachinery {
			root = machineryRoot
		}
		dir := filepath.Join(root, p.dir)
		entries, err := os.ReadDir(dir)
		if os.IsNotExist(err) {
			continue // a group this version does not have; an error only if something refers to it
		}
		if err != nil {
			return nil, fmt.Errorf("package %s: %w", p.importPath, err)
		}
		pd := &pkgData{info: p, decls: map[string]*decl{}, consts: map[string]*constVal{}}
		for _, e := range entries {
			if e.IsDir() || skipFile(e.Name()) {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.ParseComments)
			if err != nil {
				return nil, err
			}
			if hasIgnoreBuildTag(f) {
				continue
			}
			pd.add(f)
		}
		x.pkgs[p.short] = pd
		x.byImport[p.importPath] = p.short
	}
	return x, nil
}

// hasIgnoreBuildTag reports files excluded from normal builds (//go:build ignore, tools).
func hasIgnoreBuildTag(f *ast.File) bool {
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, c := range g.List {
			if strings.HasPrefix(c.Text, "//go:build") && strings.Contains(c.Text, "ignore") {
				return true
			}
		}
	}
	return false
}

func (pd *pkgData) add(f *ast.File) {
	imports := map[string]string{}
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		name := path[strings.LastIndex(path, "/")+1:]
		if imp.Name != nil {
			name = imp.Name.Name
		}
		imports[name] = path
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		switch gd.Tok {
		case token.TYPE:
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				doc := ts.Doc
				if doc == nil && len(gd.Specs) == 1 {
					doc = gd.Doc
				}
				pd.decls[ts.Name.Name] = &decl{pkg: pd.info.short, name: ts.Name.Name, spec: ts,
					doc: commentLines(doc), imports: imports}
			}
		case token.CONST:
			var prevType string
			var prevExpr ast.Expr
			for i, s := range gd.Specs {
				vs := s.(*ast.ValueSpec)
				typ := ""
				if id, ok := vs.Type.(*ast.Ident); ok {
					typ = id.Name
				}
				if len(vs.Values) == 0 && i > 0 {
					// implicit repetition of the previous spec (iota style)
					typ = prevType
				}
				for j, n := range vs.Names {
					var e ast.Expr
					if j < len(vs.Values) {
						e = vs.Values[j]
					} else if len(vs.Values) == 0 {
						e = prevExpr
					}
					pd.consts[n.Name] = &constVal{typ: typ, expr: e}
					pd.order = append(pd.order, n.Name)
				}
				if len(vs.Values) > 0 {
					prevType, prevExpr = typ, vs.Values[0]
				}
			}
		}
	}
}

// evalConst evaluates a constant expression made of literals, names of other constants of the
// package and "+" (enough for the enum values of the API packages).
func (pd *pkgData) evalConst(e ast.Expr, depth int) (interface{}, bool) {
	if depth > 20 || e == nil {
		return nil, false
	}
	switch v := e.(type) {
	case *ast.BasicLit:
		switch v.Kind {
		case token.STRING:
			s, err := strconv.Unquote(v.Value)
			return s, err == nil
		case token.INT:
			n, err := strconv.ParseInt(v.Value, 0, 64)
			return n, err == nil
		}
	case *ast.Ident:
		if c, ok := pd.consts[v.Name]; ok {
			return pd.evalConst(c.expr, depth+1)
		}
	case *ast.ParenExpr:
		return pd.evalConst(v.X, depth+1)
	case *ast.CallExpr: // conversion T("x")
		if len(v.Args) == 1 {
			return pd.evalConst(v.Args[0], depth+1)
		}
	case *ast.BinaryExpr:
		if v.Op == token.ADD {
			a, ok1 := pd.evalConst(v.X, depth+1)
			b, ok2 := pd.evalConst(v.Y, depth+1)
			if sa, ok := a.(string); ok && ok1 && ok2 {
				if sb, ok := b.(string); ok {
					return sa + sb, true
				}
			}
			if ia, ok := a.(int64); ok && ok1 && ok2 {
				if ib, ok := b.(int64); ok {
					return ia + ib, true
				}
			}
		}
	}
	return nil, false
}

// constsOf returns the sorted, distinct values of the typed constants of a type.
func (x *Extractor) constsOf(pd *pkgData, typeName string) []interface{} {
	seen := map[interface{}]bool{}
	out := []interface{}{}
	for _, n := range pd.order {
		c := pd.consts[n]
		if c.typ != typeName {
			continue
		}
		v, ok := pd.evalConst(c.expr, 0)
		if !ok {
			x.warn("%s.%s: cannot evaluate constant %s", pd.info.short, typeName, n)
			continue
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}

func (x *Extractor) warn(format string, args ...interface{}) {
	x.Warnings = append(x.Warnings, fmt.Sprintf(format, args...))
}

// typeExpr renders a Go type expression in the notation of the format and reports the named
// types it references.
func (x *Extractor) typeExpr(d *decl, e ast.Expr, refs *[]string) (string, error) {
	switch t := e.(type) {
	case *ast.Ident:
		if builtins[t.Name] {
			return t.Name, nil
		}
		n := d.pkg + "." + t.Name
		*refs = append(*refs, n)
		return n, nil
	case *ast.SelectorExpr:
		pkgIdent, ok := t.X.(*ast.Ident)
		if !ok {
			return "", fmt.Errorf("unsupported selector %T", t.X)
		}
		path, ok := d.imports[pkgIdent.Name]
		if !ok {
			return "", fmt.Errorf("unknown import %q", pkgIdent.Name)
		}
		short, ok := x.byImport[path]
		if !ok || x.pkgs[short] == nil {
			return "", fmt.Errorf("type %s.%s from package %s, which the description does not cover",
				pkgIdent.Name, t.Sel.Name, path)
		}
		n := short + "." + t.Sel.Name
		*refs = append(*refs, n)
		return n, nil
	case *ast.StarExpr:
		s, err := x.typeExpr(d, t.X, refs)
		return "*" + s, err
	case *ast.ArrayType:
		if t.Len != nil {
			return "", fmt.Errorf("fixed-size array")
		}
		s, err := x.typeExpr(d, t.Elt, refs)
		return "[]" + s, err
	case *ast.MapType:
		k, err := x.typeExpr(d, t.Key, refs)
		if err != nil {
			return "", err
		}
		v, err := x.typeExpr(d, t.Value, refs)
		return "map[" + k + "]" + v, err
	}
	return "", fmt.Errorf("unsupported type expression %T", e)
}

// Extract walks from the roots and returns the description.
func (x *Extractor) Extract(kubernetes string, sources Sources) (*Description, error) {
	out := map[string]interface{}{}
	queue := append([]string(nil), x.Roots...)
	for len(queue) > 0 {
		name := queue[0]
		queue = queue[1:]
		if _, done := out[name]; done {
			continue
		}
		dot := strings.LastIndex(name, ".")
		pd := x.pkgs[name[:dot]]
		var d *decl
		if pd != nil {
			d = pd.decls[name[dot+1:]]
		}
		if d == nil {
			return nil, fmt.Errorf("type %s not found", name)
		}
		doc := cleanDoc(d.doc)
		if leafTypes[name] {
			out[name] = &LeafType{Name: name, Kind: "leaf", Doc: doc}
			continue
		}
		var refs []string
		if st, ok := d.spec.Type.(*ast.StructType); ok {
			s := &StructType{Name: name, Kind: "struct", Doc: doc, Fields: []*Field{}}
			isKind := false
			for _, f := range st.Fields.List {
				if len(f.Names) == 0 {
					if sel, ok := f.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "TypeMeta" {
						isKind = true
					}
				}
				fields, err := x.fields(d, f, &refs)
				if err != nil {
					return nil, fmt.Errorf("%s: %w", name, err)
				}
				for _, fl := range fields {
					if fl.JSON == "status" && !fl.Inline {
						if x.opaqueStatus(name) {
							fl.Type = "opaque"
						} else if isKind {
							x.warn("%s is a kind with a typed status field", name)
						}
					}
				}
				s.Fields = append(s.Fields, fields...)
			}
			out[name] = s
		} else {
			u, err := x.typeExpr(d, d.spec.Type, &refs)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			m := parseMarkers(d.doc)
			a := &AliasType{Name: name, Kind: "alias", Underlying: u, Enum: []interface{}{},
				Consts: x.constsOf(pd, d.name), Doc: doc}
			if m.has("enum") {
				a.Enum = a.Consts
				if len(a.Enum) == 0 {
					x.warn("%s is marked +enum but has no typed constants", name)
				}
			}
			out[name] = a
		}
		queue = append(queue, refs...)
	}
	names := make([]string, 0, len(out))
	for n := range out {
		names = append(names, n)
	}
	sort.Strings(names)
	desc := &Description{Kubernetes: kubernetes, Sources: sources, Roots: x.Roots}
	for _, n := range names {
		desc.Types = append(desc.Types, out[n])
	}
	return desc, nil
}

// fields converts one ast.Field (which may declare several names) to format fields. Status
// fields are returned with their real type; the caller turns them opaque and drops the refs.
func (x *Extractor) fields(d *decl, f *ast.Field, refs *[]string) ([]*Field, error) {
	tag := ""
	if f.Tag != nil {
		raw, _ := strconv.Unquote(f.Tag.Value)
		tag = reflect.StructTag(raw).Get("json")
	}
	parts := strings.Split(tag, ",")
	jsonName, opts := parts[0], parts[1:]
	if jsonName == "-" && len(opts) == 0 {
		return nil, nil // not serialized
	}
	has := func(o string) bool {
		for _, p := range opts {
			if p == o {
				return true
			}
		}
		return false
	}
	lines := commentLines(f.Doc)
	if f.Doc == nil {
		lines = commentLines(f.Comment)
	}
	m := parseMarkers(lines)
	var local []string
	typ, err := x.typeExpr(d, f.Type, &local)
	if err != nil {
		return nil, err
	}
	doc := cleanDoc(lines)
	base := Field{JSON: jsonName, Type: typ, Omitempty: has("omitempty"),
		Optional: m.has("optional") || m.has("k8s:optional"), Required: m.has("required") || m.has("k8s:required"),
		ListMapKeys: m.values("listMapKey"), Doc: doc}
	if base.ListMapKeys == nil {
		base.ListMapKeys = []string{}
	}
	if lt := m.values("listType"); len(lt) > 0 {
		base.ListType = &lt[0]
	}
	if gates := m.values("featureGate"); len(gates) > 0 {
		base.FeatureGate = &gates[0]
		if len(gates) > 1 {
			base.FeatureGates = gates
		}
	}
	if g := docFeatureGates(doc); len(g) > 0 {
		base.DocFeatureGates = g
	}
	base.Deprecated = isDeprecated(doc)
	if raw := m.raw("default"); len(raw) > 0 {
		v, ok := x.defaultValue(d, raw[0])
		if !ok {
			x.warn("%s: cannot read +default=%s", d.pkg+"."+d.name, raw[0])
		}
		base.Default = v
	}
	var result []*Field
	if len(f.Names) == 0 {
		// An embedded struct is inlined by encoding/json unless its tag names it, as
		// `metav1.ObjectMeta `json:"metadata,omitempty"`` does: then it is an ordinary field.
		fl := base
		fl.Name = strings.TrimPrefix(typ[strings.LastIndex(typ, ".")+1:], "*")
		if jsonName == "" {
			fl.Inline = true
		}
		result = append(result, &fl)
	} else {
		for _, n := range f.Names {
			if !n.IsExported() {
				continue
			}
			fl := base
			fl.Name = n.Name
			if has("inline") {
				fl.Inline = true
				fl.JSON = ""
			} else if fl.JSON == "" {
				fl.JSON = n.Name // encoding/json default
			}
			result = append(result, &fl)
		}
	}
	if len(result) > 0 && !(result[0].JSON == "status" && !result[0].Inline && x.opaqueStatus(d.pkg+"."+d.name)) {
		*refs = append(*refs, local...)
	}
	return result, nil
}

// defaultValue reads a +default= marker value: a JSON literal, or ref(Name) naming a constant
// of the package.
func (x *Extractor) defaultValue(d *decl, raw string) (interface{}, bool) {
	if strings.HasPrefix(raw, "ref(") && strings.HasSuffix(raw, ")") {
		pd := x.pkgs[d.pkg]
		if c, ok := pd.consts[raw[4:len(raw)-1]]; ok {
			return pd.evalConst(c.expr, 0)
		}
		return nil, false
	}
	var v interface{}
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return nil, false
	}
	return v, true
}

func isDeprecated(doc string) bool {
	return strings.HasPrefix(doc, "Deprecated") || strings.Contains(doc, "Deprecated:") ||
		strings.Contains(doc, ". Deprecated.")
}
