// Command apidesc writes Podwright's description of the Kubernetes workload API (api/*.json)
// from the Go sources of k8s.io/api and k8s.io/apimachinery, and checks such descriptions.
//
//	apidesc extract -kubernetes 1.36 -api DIR -apimachinery DIR \
//	    -source-api "v0.36.0 <sha>" -source-apimachinery "v0.36.0 <sha>" [-no-docs] -o FILE
//	apidesc check FILE...       every referenced type listed, nothing unreachable; a summary
//	apidesc diff OLD NEW        types and fields added, removed or changed
//	apidesc fixtures DESC TYPE=FILE...  reads upstream's round-trip fixtures with the description
//	apidesc swagger DESC PKG=DIR...     compares keys and docs with upstream's swagger docs
//
// It reads sources only: nothing of upstream is copied, the output is our own summary.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "extract":
		err = runExtract(os.Args[2:])
	case "check":
		err = runCheck(os.Args[2:])
	case "diff":
		err = runDiff(os.Args[2:])
	case "fixtures":
		err = runFixtures(os.Args[2:])
	case "swagger":
		err = runSwagger(os.Args[2:])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "apidesc:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: apidesc extract|check|diff|fixtures|swagger ... (see the package comment)")
	os.Exit(2)
}

func runExtract(args []string) error {
	fs := flag.NewFlagSet("extract", flag.ExitOnError)
	kube := fs.String("kubernetes", "", "Kubernetes minor version, e.g. 1.36")
	api := fs.String("api", "", "directory holding k8s.io/api sources (core/v1, apps/v1, batch/v1)")
	machinery := fs.String("apimachinery", "", "directory holding k8s.io/apimachinery sources (pkg/...)")
	srcAPI := fs.String("source-api", "", "ref and commit of k8s.io/api, recorded in sources")
	srcMachinery := fs.String("source-apimachinery", "", "ref and commit of k8s.io/apimachinery")
	noDocs := fs.Bool("no-docs", false, "leave every doc empty")
	outFile := fs.String("o", "", "output file (default stdout)")
	fs.Parse(args)
	if *kube == "" || *api == "" || *machinery == "" {
		return fmt.Errorf("extract needs -kubernetes, -api and -apimachinery")
	}
	x, err := Load(*api, *machinery)
	if err != nil {
		return err
	}
	desc, err := x.Extract(*kube, Sources{API: *srcAPI, APIMachinery: *srcMachinery})
	if err != nil {
		return err
	}
	for _, w := range x.Warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	if *noDocs {
		stripDocs(desc)
	}
	data, err := encode(desc)
	if err != nil {
		return err
	}
	if *outFile == "" {
		_, err = os.Stdout.Write(data)
		return err
	}
	return os.WriteFile(*outFile, data, 0o644)
}

func stripDocs(d *Description) {
	for _, t := range d.Types {
		switch v := t.(type) {
		case *StructType:
			v.Doc = ""
			for _, f := range v.Fields {
				f.Doc = ""
			}
		case *AliasType:
			v.Doc = ""
		case *LeafType:
			v.Doc = ""
		}
	}
}

// encode writes 2-space indented JSON without HTML escaping, ending in a newline.
func encode(v interface{}) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
