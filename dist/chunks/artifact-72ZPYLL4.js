import { createRequire as __goxbuildCreateRequire } from 'node:module';
const require = __goxbuildCreateRequire(import.meta.url);
import "./chunk-XMSIICWX.js";

// src/services/artifact.ts
async function openArtifactStore() {
  const { DefaultArtifactClient } = await import("./artifact-2D4I6JOE.js");
  const client = new DefaultArtifactClient();
  return {
    async upload(name, files, rootDirectory, opts) {
      const r = await client.uploadArtifact(name, files, rootDirectory, {
        compressionLevel: opts.compressionLevel,
        ...opts.retentionDays ? { retentionDays: opts.retentionDays } : {}
      });
      if (r.id === void 0 || !r.digest) throw new Error(`the artifact service did not confirm artifact ${name} (no id or digest)`);
      return { id: r.id, size: r.size ?? 0, digest: r.digest };
    },
    async list() {
      const r = await client.listArtifacts();
      return r.artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, ...a.digest ? { digest: a.digest } : {} }));
    },
    async download(id, directory) {
      await client.downloadArtifact(id, { path: directory });
    },
    async delete(name) {
      await client.deleteArtifact(name);
    }
  };
}
export {
  openArtifactStore
};
