// hello-xbuild is the bundled example go-xbuild builds (see the README): more than hello world (net/http,
// encoding/json, crypto, embed, goroutines), with a version injected through -ldflags -X.
package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
)

var (
	version = "dev"
	commit  = "none"
)

//go:embed greeting.txt
var greeting string

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		args = []string{"--version"}
	}
	switch args[0] {
	case "--version", "version":
		fmt.Printf("hello-xbuild %s (%s) %s/%s\n", version, commit, runtime.GOOS, runtime.GOARCH)
	case "selftest":
		if err := selftest(); err != nil {
			fmt.Fprintln(os.Stderr, "selftest:", err)
			os.Exit(1)
		}
	case "sum":
		h := sha256.Sum256([]byte(strings.Join(args[1:], " ")))
		fmt.Println(hex.EncodeToString(h[:]))
	default:
		fmt.Fprintf(os.Stderr, "usage: hello-xbuild [--version|selftest|sum WORDS…]\n")
		os.Exit(2)
	}
}

// selftest serves JSON over a loopback HTTP server and fetches it from several goroutines.
func selftest() error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	defer ln.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/greet/", func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/greet/")
		_ = json.NewEncoder(w).Encode(map[string]string{"greeting": strings.TrimSpace(greeting), "name": name})
	})
	go func() { _ = http.Serve(ln, mux) }()

	names := []string{"ada", "grace", "ken", "rob"}
	results := make([]string, len(names))
	var wg sync.WaitGroup
	errs := make(chan error, len(names))
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			resp, err := http.Get("http://" + ln.Addr().String() + "/greet/" + n)
			if err != nil {
				errs <- err
				return
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			var m map[string]string
			if err := json.Unmarshal(body, &m); err != nil {
				errs <- err
				return
			}
			results[i] = m["greeting"] + ", " + m["name"]
		}(i, n)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		return err
	}
	sort.Strings(results)
	fmt.Println(strings.Join(results, "; "))
	return nil
}
