import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);

// src/sbom/formats.ts
var SBOM_SUFFIX = { spdx: ".spdx.json", cyclonedx: ".cdx.json" };

// src/sbom/modules.ts
var isDirectoryPath = (p) => /^(\.{1,2}[/\\]|\/|[A-Za-z]:[/\\])/.test(p);
function resolveModule(m) {
  const r = m.Replace;
  if (!r) return { path: m.Path, version: m.Version, ...m.Sum ? { sum: m.Sum } : {} };
  const isDir = !r.Version || r.Version === "(devel)" || isDirectoryPath(r.Path);
  return {
    path: isDir ? m.Path : r.Path,
    version: isDir ? "(devel)" : r.Version,
    ...r.Sum ? { sum: r.Sum } : {},
    replaces: `${m.Path}@${m.Version}`
  };
}

export {
  SBOM_SUFFIX,
  resolveModule
};
