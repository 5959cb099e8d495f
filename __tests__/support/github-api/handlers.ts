/**
 * What the stand-in does for each REST operation it serves, keyed by GitHub's operationId, on the
 * state of one repository: releases (drafts included), their assets and the tags.
 */
import * as shapes from './shapes.js'
import type { StandInAsset, StandInRelease, Urls } from './shapes.js'

export interface Call {
  operationId: string
  /** Typed path parameters and declared query parameters. */
  params: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
  contentType: string | undefined
  accept: string
  permission: 'write' | 'read'
  /** The request URL, for Link headers. */
  url: URL
}

export interface Reply {
  status: number
  json?: unknown
  bytes?: Buffer
  headers?: Record<string, string>
}

export interface RepoState {
  releases: StandInRelease[]
  tags: Array<{ name: string; sha: string }>
}

export interface RepoOptions {
  immutableReleases: boolean
}

type Handler = (call: Call) => Reply

const DOCS = {
  releases: 'releases/releases',
  assets: 'releases/assets',
  repos: 'repos/repos',
  refs: 'git/refs',
  upload: 'releases/assets#upload-a-release-asset'
}

export class Repo {
  private nextRelease = 1
  private nextAsset = 1
  /** Tags once held by a published immutable release: GitHub never lets them be used again. */
  readonly burnedTags = new Set<string>()
  private latestId: number | undefined

  constructor(readonly state: RepoState, private readonly urls: Urls, private readonly options: RepoOptions) {}

  readonly handlers: Record<string, Handler> = {
    'repos/get': (c) => ({ status: 200, json: shapes.repository(this.urls, c.permission) }),
    'repos/list-releases': (c) => this.page(c, this.visible(c).slice().reverse(), (r) => shapes.release(this.urls, r)),
    'repos/create-release': (c) => this.create(c),
    'repos/get-release': (c) => this.withRelease(c, (r) => ({ status: 200, json: shapes.release(this.urls, r) })),
    'repos/update-release': (c) => this.withRelease(c, (r) => this.update(r, c.body as Record<string, unknown>)),
    'repos/delete-release': (c) => this.withRelease(c, (r) => this.deleteRelease(r)),
    'repos/get-release-by-tag': (c) => {
      // never a draft, even for a token that can see drafts (the lookup matrix jobs trip over)
      const r = this.state.releases.find((x) => !x.draft && x.tag_name === c.params.tag)
      return r ? { status: 200, json: shapes.release(this.urls, r) } : notFound(DOCS.releases)
    },
    'repos/get-latest-release': () => {
      const r = this.latest()
      return r ? { status: 200, json: shapes.release(this.urls, r) } : notFound(DOCS.releases)
    },
    'repos/generate-release-notes': (c) => this.notes(c.body as Record<string, string>),
    'repos/list-release-assets': (c) => this.withRelease(c, (r) => this.page(c, r.assets, (a) => shapes.asset(this.urls, r, a))),
    'repos/upload-release-asset': (c) => this.withRelease(c, (r) => this.upload(r, c)),
    'repos/get-release-asset': (c) => this.withAsset(c, (r, a) => this.getAsset(r, a, c)),
    'repos/update-release-asset': (c) => this.withAsset(c, (r, a) => this.updateAsset(r, a, c.body as Record<string, string>)),
    'repos/delete-release-asset': (c) => this.withAsset(c, (r, a) => this.deleteAsset(r, a)),
    'repos/list-tags': (c) => this.page(c, this.state.tags.slice().reverse(), (t) => shapes.tag(this.urls, t)),
    'git/get-ref': (c) => {
      const ref = String(c.params.ref)
      const t = ref.startsWith('tags/') ? this.state.tags.find((x) => `tags/${x.name}` === ref) : undefined
      return t ? { status: 200, json: shapes.gitRef(this.urls, t) } : notFound(DOCS.refs)
    }
  }

  seedRelease(r: Partial<StandInRelease> & { tag_name: string }): StandInRelease {
    const now = new Date().toISOString()
    const draft = r.draft ?? false
    const release: StandInRelease = {
      id: this.nextRelease++,
      name: r.tag_name,
      body: null,
      draft,
      prerelease: false,
      immutable: !draft && this.options.immutableReleases,
      make_latest: 'true',
      created_at: now,
      published_at: draft ? null : now,
      updated_at: now,
      target_commitish: 'main',
      ...r,
      assets: []
    }
    this.nextRelease = Math.max(this.nextRelease, release.id + 1)
    this.state.releases.push(release)
    for (const a of r.assets ?? []) this.seedAsset(release.id, a.name, a.bytes, { state: a.state })
    if (!release.draft) this.published(release)
    return release
  }

  seedAsset(releaseId: number, name: string, bytes: Buffer, opts: { state?: 'uploaded' | 'open'; contentType?: string } = {}): StandInAsset {
    const r = this.state.releases.find((x) => x.id === releaseId)
    if (!r) throw new Error(`seedAsset: no release ${releaseId}`)
    const now = new Date().toISOString()
    const a: StandInAsset = {
      id: this.nextAsset++,
      name,
      label: null,
      content_type: opts.contentType ?? 'application/octet-stream',
      state: opts.state ?? 'uploaded',
      // an 'open' asset is what a cut upload leaves: only part of the bytes
      bytes: opts.state === 'open' ? bytes.subarray(0, Math.floor(bytes.length / 2)) : bytes,
      size: 0,
      download_count: 0,
      created_at: now,
      updated_at: now
    }
    a.size = a.bytes.length
    r.assets.push(a)
    return a
  }

  /** A browser download: published releases by tag, drafts by their untagged name. */
  download(tagName: string, name: string): StandInAsset | undefined {
    const r = this.state.releases.find((x) => shapes.webTag(x) === tagName && x.assets.some((a) => a.name === name))
    return r?.assets.find((a) => a.name === name && a.state === 'uploaded')
  }

  findAsset(id: number): StandInAsset | undefined {
    return this.state.releases.flatMap((r) => r.assets).find((a) => a.id === id)
  }

  /** Store an upload's bytes (whole or cut short) as GitHub does before it answers. */
  storeUpload(r: StandInRelease, c: Call, bytes: Buffer, state: 'uploaded' | 'open'): StandInAsset {
    const a = this.seedAsset(r.id, shapes.githubAssetName(String(c.query.name)), bytes, {
      state,
      contentType: c.contentType ?? 'application/octet-stream'
    })
    if (typeof c.query.label === 'string') a.label = c.query.label
    return a
  }

  /** Refusals an upload meets before anything is stored (used by upload faults too). */
  uploadRefusal(r: StandInRelease, c: Call): Reply | undefined {
    if (r.immutable && !r.draft) return { status: 422, json: shapes.error('Cannot upload assets to an immutable release.', DOCS.upload, 422) }
    const name = shapes.githubAssetName(String(c.query.name))
    if (r.assets.some((a) => a.name === name)) return alreadyExists('ReleaseAsset', 'name', DOCS.upload)
    return undefined
  }

  private upload(r: StandInRelease, c: Call): Reply {
    const refusal = this.uploadRefusal(r, c)
    if (refusal) return refusal
    const a = this.storeUpload(r, c, c.body as Buffer, 'uploaded')
    return { status: 201, json: shapes.asset(this.urls, r, a) }
  }

  private visible(c: Call): StandInRelease[] {
    return this.state.releases.filter((r) => !r.draft || c.permission === 'write')
  }

  private withRelease(c: Call, then: (r: StandInRelease) => Reply): Reply {
    const r = this.visible(c).find((x) => x.id === c.params.release_id)
    return r ? then(r) : notFound(DOCS.releases)
  }

  private withAsset(c: Call, then: (r: StandInRelease, a: StandInAsset) => Reply): Reply {
    for (const r of this.visible(c)) {
      const a = r.assets.find((x) => x.id === c.params.asset_id)
      if (a) return then(r, a)
    }
    return notFound(DOCS.assets)
  }

  private page<T>(c: Call, items: T[], render: (item: T) => unknown): Reply {
    const perPage = Math.min(Math.max(Number(c.query.per_page ?? 30), 1), 100)
    const page = Math.max(Number(c.query.page ?? 1), 1)
    const last = Math.max(Math.ceil(items.length / perPage), 1)
    const link = (n: number, rel: string): string => {
      const u = new URL(c.url)
      u.searchParams.set('per_page', String(perPage))
      u.searchParams.set('page', String(n))
      return `<${u.toString()}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(link(page - 1, 'prev'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    return {
      status: 200,
      json: items.slice((page - 1) * perPage, page * perPage).map(render),
      headers: links.length ? { link: links.join(', ') } : {}
    }
  }

  private create(c: Call): Reply {
    const b = c.body as Record<string, unknown>
    const tagName = String(b.tag_name)
    const draft = b.draft === true
    if (!draft) {
      const refusal = this.publishRefusal(tagName)
      if (refusal) return refusal
    }
    const r = this.seedRelease({
      tag_name: tagName,
      name: typeof b.name === 'string' ? b.name : tagName,
      body: typeof b.body === 'string' ? b.body : null,
      draft,
      prerelease: b.prerelease === true,
      make_latest: (b.make_latest as StandInRelease['make_latest'] | undefined) ?? 'true',
      target_commitish: typeof b.target_commitish === 'string' ? b.target_commitish : 'main'
    })
    return {
      status: 201,
      json: shapes.release(this.urls, r),
      headers: { location: `${this.urls.api}/repos/${this.urls.owner}/${this.urls.repo}/releases/${r.id}` }
    }
  }

  /** Why a release for this tag cannot be published (a published one exists, or the tag is burnt). */
  private publishRefusal(tagName: string, except?: StandInRelease): Reply | undefined {
    if (this.state.releases.some((x) => x !== except && !x.draft && x.tag_name === tagName)) return alreadyExists('Release', 'tag_name', DOCS.releases)
    if (this.burnedTags.has(tagName)) {
      return {
        status: 422,
        json: shapes.error('Validation Failed', DOCS.releases, 422, [
          { resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }
        ])
      }
    }
    return undefined
  }

  private update(r: StandInRelease, b: Record<string, unknown>): Reply {
    const frozen = r.immutable && !r.draft
    if (frozen && ((b.tag_name !== undefined && b.tag_name !== r.tag_name) || b.draft === true || (b.target_commitish !== undefined && b.target_commitish !== r.target_commitish))) {
      // an immutable release keeps its tag and stays published; only its title and notes change
      return { status: 422, json: shapes.error('Cannot modify an immutable release.', DOCS.releases, 422) }
    }
    const publishing = r.draft && b.draft === false
    const tagName = typeof b.tag_name === 'string' ? b.tag_name : r.tag_name
    if (publishing || (!r.draft && tagName !== r.tag_name)) {
      const refusal = this.publishRefusal(tagName, r)
      if (refusal) return refusal
    }
    if (typeof b.tag_name === 'string') r.tag_name = b.tag_name
    if (typeof b.name === 'string') r.name = b.name
    if (typeof b.body === 'string') r.body = b.body
    if (typeof b.prerelease === 'boolean') r.prerelease = b.prerelease
    if (typeof b.target_commitish === 'string') r.target_commitish = b.target_commitish
    if (typeof b.make_latest === 'string') r.make_latest = b.make_latest as StandInRelease['make_latest']
    if (typeof b.draft === 'boolean') r.draft = b.draft
    r.updated_at = new Date().toISOString()
    if (publishing) {
      r.published_at = r.updated_at
      r.immutable = this.options.immutableReleases
      this.published(r)
    }
    return { status: 200, json: shapes.release(this.urls, r) }
  }

  /** On publish GitHub creates the tag if needed and may move "latest". */
  private published(r: StandInRelease): void {
    if (!this.state.tags.some((t) => t.name === r.tag_name)) {
      const sha = /^[0-9a-f]{40}$/.test(r.target_commitish) ? r.target_commitish : shapes.fakeSha(`${r.target_commitish}:${r.tag_name}`)
      this.state.tags.push({ name: r.tag_name, sha })
    }
    if (!r.prerelease && r.make_latest === 'true') this.latestId = r.id
  }

  private latest(): StandInRelease | undefined {
    const full = this.state.releases.filter((r) => !r.draft && !r.prerelease)
    return full.find((r) => r.id === this.latestId) ?? full.filter((r) => r.make_latest !== 'false').at(-1)
  }

  private deleteRelease(r: StandInRelease): Reply {
    if (r.immutable && !r.draft) this.burnedTags.add(r.tag_name)
    this.state.releases.splice(this.state.releases.indexOf(r), 1)
    return { status: 204 }
  }

  private notes(b: Record<string, string>): Reply {
    const tagName = b.tag_name as string
    const names = this.state.tags.map((t) => t.name)
    let previous: string | undefined = b.previous_tag_name
    if (previous !== undefined && !names.includes(previous)) {
      return { status: 422, json: shapes.error('Validation Failed', DOCS.releases, 422, [{ resource: 'Release', code: 'invalid', field: 'previous_tag_name' }]) }
    }
    if (previous === undefined) {
      // GitHub's default: the tag of the release before this one
      const at = names.indexOf(tagName)
      previous = at > 0 ? names[at - 1] : at === -1 ? names.at(-1) : undefined
    }
    const web = `${this.urls.server}/${this.urls.owner}/${this.urls.repo}`
    const changelog = previous ? `${web}/compare/${previous}...${tagName}` : `${web}/commits/${tagName}`
    return {
      status: 200,
      json: { name: tagName, body: `## What's Changed\n* Changes since ${previous ?? 'the first commit'}\n\n**Full Changelog**: ${changelog}` }
    }
  }

  private getAsset(r: StandInRelease, a: StandInAsset, c: Call): Reply {
    if (/application\/octet-stream/i.test(c.accept)) {
      // GitHub answers the bytes with a redirect to its object store
      return { status: 302, headers: { location: `${this.urls.server}/_objects/${a.id}` } }
    }
    return { status: 200, json: shapes.asset(this.urls, r, a) }
  }

  private updateAsset(r: StandInRelease, a: StandInAsset, b: Record<string, string>): Reply {
    if (r.immutable && !r.draft) return { status: 422, json: shapes.error('Cannot modify an asset of an immutable release.', DOCS.assets, 422) }
    if (typeof b.name === 'string') {
      const name = shapes.githubAssetName(b.name)
      if (r.assets.some((x) => x !== a && x.name === name)) return alreadyExists('ReleaseAsset', 'name', DOCS.assets)
      a.name = name
    }
    if (typeof b.label === 'string') a.label = b.label
    a.updated_at = new Date().toISOString()
    return { status: 200, json: shapes.asset(this.urls, r, a) }
  }

  private deleteAsset(r: StandInRelease, a: StandInAsset): Reply {
    if (r.immutable && !r.draft) return { status: 422, json: shapes.error('Cannot delete an asset of an immutable release.', DOCS.assets, 422) }
    r.assets.splice(r.assets.indexOf(a), 1)
    return { status: 204 }
  }
}

export function notFound(docs: string): Reply {
  return { status: 404, json: shapes.error('Not Found', docs, 404) }
}

export function alreadyExists(resource: string, field: string, docs: string): Reply {
  return { status: 422, json: shapes.error('Validation Failed', docs, 422, [{ resource, code: 'already_exists', field }]) }
}
