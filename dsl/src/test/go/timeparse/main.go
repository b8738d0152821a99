// The fixture of GoTimeTest: go run main.go < inputs.txt > ../../resources/dev/podwright/yaml/go-time-parse-rfc3339.jsonl
// (written with Go 1.23.5).
// Prints, for each input line, the line and what time.Parse(time.RFC3339, line) says, as JSON.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"time"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		s := sc.Text()
		verdict := "OK"
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			verdict = err.Error()
		}
		b, _ := json.Marshal([]string{s, verdict})
		fmt.Println(string(b))
	}
}
