// Command yamldecode decodes a YAML stream the way kubectl does and prints what it decoded, so
// that Podwright's tests can compare it with what Podwright meant to write.
//
// It reads standard input, splits it into documents at lines that are exactly "---" (as
// k8s.io/apimachinery's YAML reader does), and prints one JSON line per document:
//
//	{"v2": <sigs.k8s.io/yaml YAMLToJSON>, "v3": <gopkg.in/yaml.v3 decoded to JSON>}
//
// with "v2error" or "v3error" instead when a decoder fails. sigs.k8s.io/yaml runs go-yaml v2,
// as kubectl, client-go and Helm do. For v3, a mapping key that is not a string is printed as
// "<Go type>:<value>" so that a key read as a number or boolean shows up as a difference.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"gopkg.in/yaml.v3"
	sigsyaml "sigs.k8s.io/yaml"
)

func main() {
	input, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "yamldecode:", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, document := range split(string(input)) {
		line := map[string]json.RawMessage{}
		if v2, err := sigsyaml.YAMLToJSON([]byte(document)); err != nil {
			line["v2error"] = quote(err.Error())
		} else {
			line["v2"] = v2
		}
		var v3 interface{}
		if err := yaml.Unmarshal([]byte(document), &v3); err != nil {
			line["v3error"] = quote(err.Error())
		} else if encoded, err := json.Marshal(jsonable(v3)); err != nil {
			line["v3error"] = quote(err.Error())
		} else {
			line["v3"] = encoded
		}
		encoded, err := json.Marshal(line)
		if err != nil {
			fmt.Fprintln(os.Stderr, "yamldecode:", err)
			os.Exit(1)
		}
		out.Write(encoded)
		out.WriteByte('\n')
	}
}

// split cuts a stream at separator lines; empty documents are kept, so that the caller can
// count them.
func split(stream string) []string {
	var documents []string
	var current strings.Builder
	for _, line := range strings.SplitAfter(stream, "\n") {
		if strings.TrimRight(line, "\r\n") == "---" {
			documents = append(documents, current.String())
			current.Reset()
			continue
		}
		current.WriteString(line)
	}
	if current.Len() > 0 || len(documents) == 0 {
		documents = append(documents, current.String())
	}
	return documents
}

func quote(s string) json.RawMessage {
	encoded, _ := json.Marshal(s)
	return encoded
}

// jsonable turns what yaml.v3 decoded into values encoding/json can print.
func jsonable(value interface{}) interface{} {
	switch v := value.(type) {
	case map[string]interface{}:
		result := map[string]interface{}{}
		for key, item := range v {
			result[key] = jsonable(item)
		}
		return result
	case map[interface{}]interface{}:
		result := map[string]interface{}{}
		for key, item := range v {
			name, ok := key.(string)
			if !ok {
				name = fmt.Sprintf("%T:%v", key, key)
			}
			result[name] = jsonable(item)
		}
		return result
	case []interface{}:
		result := make([]interface{}, len(v))
		for i, item := range v {
			result[i] = jsonable(item)
		}
		return result
	default:
		return v
	}
}
