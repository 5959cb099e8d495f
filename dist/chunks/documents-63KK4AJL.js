import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import {
  SBOM_NAMESPACE,
  SBOM_SUFFIX,
  buildModel,
  byText,
  h1Hex,
  uuidV5
} from "./chunk-CHOJR6UK.js";
import "./chunk-XMSIICWX.js";

// src/sbom/documents.ts
import { createHash } from "node:crypto";
var CREATED = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;
function check(input) {
  if (!/^[0-9a-f]{64}$/.test(input.sha256)) throw new Error(`sbom for ${input.file}: sha256 must be 64 lowercase hex digits`);
  if (!CREATED.test(input.created)) throw new Error(`sbom for ${input.file}: created must be UTC to the second (2026-12-01T10:00:00Z), got ${input.created}`);
  if (!input.file || input.file.includes("\\") || input.file.split("/").some((p) => p === "" || p === "." || p === ".."))
    throw new Error(`sbom for ${input.file}: file must be a relative path with forward slashes`);
}
var json = (value) => `${JSON.stringify(value, null, 2)}
`;
var spdxId = (kind, c) => `SPDXRef-${kind}-${c.key.replace(/[^A-Za-z0-9.-]+/g, "-").slice(0, 80)}-${createHash("sha256").update(`${c.key} ${c.replaces ?? ""}`).digest("hex").slice(0, 8)}`;
var spdxNamespace = (modulePath, file, sha256) => `https://spdx.org/spdxdocs/go-xbuild/${modulePath.split("/").map(encodeURIComponent).join("/")}/${file.split("/").map(encodeURIComponent).join("/")}-${sha256}`;
function spdxDocument(input) {
  check(input);
  const m = buildModel(input);
  const tool = `Tool: ${input.tool.name}-${input.tool.version}`;
  const mainId = "SPDXRef-Package-main";
  const annotation = (comment) => ({ annotationDate: input.created, annotationType: "OTHER", annotator: tool, comment });
  const pkg = (id, c, extra) => ({
    SPDXID: id,
    name: c.name,
    ...c.version ? { versionInfo: c.version } : {},
    ...extra.fileName ? { packageFileName: extra.fileName } : {},
    downloadLocation: "NOASSERTION",
    filesAnalyzed: false,
    ...extra.checksums ? { checksums: extra.checksums } : {},
    licenseConcluded: "NOASSERTION",
    licenseDeclared: c.license ?? "NOASSERTION",
    copyrightText: "NOASSERTION",
    externalRefs: [{ referenceCategory: "PACKAGE-MANAGER", referenceType: "purl", referenceLocator: c.purl }],
    primaryPackagePurpose: extra.purpose,
    ...extra.comment ? { comment: extra.comment } : {},
    ...extra.annotations?.length ? { annotations: extra.annotations } : {}
  });
  const main = pkg(mainId, m.main, {
    fileName: input.file,
    checksums: [{ algorithm: "SHA256", checksumValue: input.sha256 }],
    purpose: "APPLICATION",
    comment: `The Go main module of ${input.file}${m.main.subpath ? ` (main package ${m.main.subpath})` : ""}; the checksum is the shipped file's.`,
    annotations: m.properties.map(([k, v]) => annotation(`${k}=${v}`))
  });
  const deps = m.deps.map((c) => ({
    id: spdxId("Package", c),
    doc: pkg(spdxId("Package", c), c, {
      purpose: "LIBRARY",
      ...c.h1 ? { checksums: [{ algorithm: "SHA256", checksumValue: h1Hex(c.h1) }] } : {},
      comment: [c.h1 ? `SHA256 is the module's go.sum ${c.h1} (dirhash), base64-decoded.` : "", c.replaces ? `Replaces ${c.replaces}.` : ""].filter(Boolean).join(" ") || void 0
    })
  }));
  const stdlibId = spdxId("Package", m.stdlib);
  const stdlib = pkg(stdlibId, m.stdlib, { purpose: "LIBRARY", comment: "The Go standard library and runtime linked into the binary." });
  const tools = m.cTools.map((t) => {
    const c = { key: `${t.name}@${t.version}`, name: t.name, version: t.version, purl: "" };
    const id = spdxId("CTool", c);
    const doc = {
      SPDXID: id,
      name: t.name,
      ...t.version ? { versionInfo: t.version } : {},
      downloadLocation: "NOASSERTION",
      filesAnalyzed: false,
      licenseConcluded: "NOASSERTION",
      licenseDeclared: "NOASSERTION",
      copyrightText: "NOASSERTION",
      primaryPackagePurpose: t.name === "musl" ? "LIBRARY" : "APPLICATION",
      comment: t.properties.map(([k, v]) => `${k}=${v}`).join("; ")
    };
    return { id, doc, musl: t.name === "musl" };
  });
  const relationships = [
    { spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: mainId },
    ...[...deps.map((d) => d.id), stdlibId].sort(byText).map((id) => ({ spdxElementId: mainId, relationshipType: "DEPENDS_ON", relatedSpdxElement: id })),
    ...tools.map(
      (t) => t.musl ? { spdxElementId: t.id, relationshipType: "STATIC_LINK", relatedSpdxElement: mainId } : { spdxElementId: t.id, relationshipType: "BUILD_TOOL_OF", relatedSpdxElement: mainId }
    )
  ];
  return json({
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: input.file,
    documentNamespace: spdxNamespace(input.buildInfo.Main.Path, input.file, input.sha256),
    creationInfo: { created: input.created, creators: [tool] },
    packages: [main, ...deps.map((d) => d.doc), stdlib, ...tools.map((t) => t.doc)],
    relationships
  });
}
var cycloneDxSerial = (sha256) => `urn:uuid:${uuidV5(sha256, SBOM_NAMESPACE)}`;
var licenses = (license) => license ? { licenses: [/^[A-Za-z0-9.+-]+$/.test(license) ? { license: { id: license } } : { expression: license }] } : {};
var props = (pairs) => pairs.length ? { properties: pairs.map(([name, value]) => ({ name, value })) } : {};
function cdxComponent(c, type, extra = {}) {
  return {
    "bom-ref": c.purl,
    type,
    name: c.name,
    ...c.version ? { version: c.version } : {},
    ...type === "library" ? { scope: "required" } : {},
    ...extra.hashes ? { hashes: extra.hashes } : {},
    ...licenses(c.license),
    purl: c.purl,
    ...props(extra.properties ?? [])
  };
}
function cycloneDxDocument(input) {
  check(input);
  const m = buildModel(input);
  const taken = /* @__PURE__ */ new Set([m.main.purl]);
  const depRefs = m.deps.map((c) => {
    let r = c.purl;
    for (let i = 2; taken.has(r); i++) r = `${c.purl}#dup-${i}`;
    taken.add(r);
    return r;
  });
  const depComponents = m.deps.map((c, i) => ({
    ...cdxComponent(c, "library", {
      ...c.h1 ? { hashes: [{ alg: "SHA-256", content: h1Hex(c.h1) }] } : {},
      properties: [
        ...c.h1 ? [["go-xbuild:module:h1", c.h1]] : [],
        ...c.replaces ? [["go-xbuild:module:replaces", c.replaces]] : []
      ]
    }),
    "bom-ref": depRefs[i]
  }));
  const stdlib = cdxComponent(m.stdlib, "library", { properties: [["go-xbuild:module:stdlib", "true"]] });
  const tools = m.cTools.map((t) => ({
    "bom-ref": `go-xbuild:c-toolchain:${t.name}${t.version ? `@${t.version}` : ""}`,
    type: t.name === "musl" ? "library" : "application",
    name: t.name,
    ...t.version ? { version: t.version } : {},
    ...t.name === "musl" ? { scope: "required" } : { scope: "excluded" },
    ...props(t.properties)
  }));
  const mainRef = m.main.purl;
  const dependsOn = [...depRefs, m.stdlib.purl, ...tools.filter((t) => t.name === "musl").map((t) => t["bom-ref"])].sort(byText);
  const dependencies = [
    { ref: mainRef, dependsOn },
    ...[...depRefs, m.stdlib.purl, ...tools.map((t) => t["bom-ref"])].sort(byText).map((r) => ({ ref: r }))
  ];
  return json({
    $schema: "http://cyclonedx.org/schema/bom-1.6.schema.json",
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: cycloneDxSerial(input.sha256),
    version: 1,
    metadata: {
      timestamp: input.created,
      tools: { components: [{ type: "application", name: input.tool.name, version: input.tool.version }] },
      component: cdxComponent(m.main, "application", { hashes: [{ alg: "SHA-256", content: input.sha256 }], properties: [["go-xbuild:file", input.file]] }),
      properties: m.properties.map(([name, value]) => ({ name, value }))
    },
    components: [...depComponents, stdlib, ...tools],
    dependencies
  });
}
function sbomDocument(format, input) {
  return format === "spdx" ? spdxDocument(input) : cycloneDxDocument(input);
}
export {
  SBOM_SUFFIX,
  cycloneDxDocument,
  cycloneDxSerial,
  sbomDocument,
  spdxDocument,
  spdxNamespace
};
