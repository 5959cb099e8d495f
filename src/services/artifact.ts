/**
 * The artifact service, through the real @actions/artifact client, loaded only when a run uploads
 * or merges (it pulls in the Azure SDK). The rest of the action sees this interface, so tests and
 * a local run never import the client.
 */
export interface UploadedArtifact {
  id: number
  size: number
  digest: string
}

export interface ListedArtifact {
  id: number
  name: string
  size: number
  digest?: string
}

export interface ArtifactStore {
  upload(name: string, files: string[], rootDirectory: string, opts: { retentionDays?: number; compressionLevel: number }): Promise<UploadedArtifact>
  /** This run's artifacts. */
  list(): Promise<ListedArtifact[]>
  download(id: number, directory: string): Promise<void>
  delete(name: string): Promise<void>
}

export async function openArtifactStore(): Promise<ArtifactStore> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const client = new DefaultArtifactClient()
  return {
    async upload(name, files, rootDirectory, opts) {
      const r = await client.uploadArtifact(name, files, rootDirectory, {
        compressionLevel: opts.compressionLevel,
        ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {})
      })
      if (r.id === undefined || !r.digest) throw new Error(`the artifact service did not confirm artifact ${name} (no id or digest)`)
      return { id: r.id, size: r.size ?? 0, digest: r.digest }
    },
    async list() {
      const r = await client.listArtifacts()
      return r.artifacts.map((a) => ({ id: a.id, name: a.name, size: a.size, ...(a.digest ? { digest: a.digest } : {}) }))
    },
    async download(id, directory) {
      await client.downloadArtifact(id, { path: directory })
    },
    async delete(name) {
      await client.deleteArtifact(name)
    }
  }
}
