module github.com/go-xbuild/hello-xbuild

go 1.22
