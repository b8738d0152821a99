package main

// The JSON shapes of api/kubernetes-1.X.json. The Go field order is the key order of the files
// (see api/README.md and the format contract); keep it stable so that diffs between versions
// stay readable.

// Description is one file: the workload API of one Kubernetes version.
type Description struct {
	Kubernetes string        `json:"kubernetes"`
	Sources    Sources       `json:"sources"`
	Roots      []string      `json:"roots"`
	Types      []interface{} `json:"types"` // *StructType, *AliasType or *LeafType, sorted by name
}

// Sources names the upstream ref and commit each module was read from.
type Sources struct {
	API          string `json:"k8s.io/api"`
	APIMachinery string `json:"k8s.io/apimachinery"`
}

// StructType is a Go struct type.
type StructType struct {
	Name   string   `json:"name"`
	Kind   string   `json:"kind"` // "struct"
	Doc    string   `json:"doc"`
	Fields []*Field `json:"fields"`
}

// Field is one field of a struct, in Go declaration order.
type Field struct {
	Name      string `json:"name"`
	JSON      string `json:"json"`
	Type      string `json:"type"`
	Omitempty bool   `json:"omitempty"`
	Inline    bool   `json:"inline"`
	Optional  bool   `json:"optional"`
	// FeatureGate is the first +featureGate= marker; FeatureGates lists all of them when there
	// are several.
	FeatureGate  *string  `json:"featureGate"`
	FeatureGates []string `json:"featureGates,omitempty"`
	// DocFeatureGates are gate names the doc text mentions ("... the FooBar feature gate"),
	// for versions whose sources predate the +featureGate= markers. A heuristic; see README.
	DocFeatureGates []string `json:"docFeatureGates,omitempty"`
	ListType        *string  `json:"listType"`
	ListMapKeys     []string `json:"listMapKeys"`
	// Required is true for fields marked +required (or +k8s:required).
	Required bool `json:"required,omitempty"`
	// Deprecated is true when the doc has a "Deprecated:" paragraph or sentence, or starts
	// with "Deprecated.", or the Go name starts with Deprecated (serviceAccount).
	Deprecated bool `json:"deprecated,omitempty"`
	// Default is the value of a +default= marker (JSON value; ref(Const) resolved). Few fields
	// have one: most defaults are applied by code in the API server, not declared.
	Default interface{} `json:"default,omitempty"`
	Doc     string      `json:"doc"`
}

// AliasType is a named non-struct type (type X string, type ResourceList map[..]..).
type AliasType struct {
	Name       string `json:"name"`
	Kind       string `json:"kind"` // "alias"
	Underlying string `json:"underlying"`
	// Enum holds the typed const values when the type is marked +enum, sorted; empty otherwise.
	Enum []interface{} `json:"enum"`
	// Consts holds the typed const values declared for the type in its package, sorted, whether
	// or not it is marked +enum (for example core/v1.ResourceName). Omitted when there are none.
	Consts []interface{} `json:"consts,omitempty"`
	Doc    string        `json:"doc"`
}

// LeafType is a type the description never expands (Quantity, IntOrString, Time, ...).
type LeafType struct {
	Name string `json:"name"`
	Kind string `json:"kind"` // "leaf"
	Doc  string `json:"doc"`
}
