/**
 * The JSON objects the stand-in answers with, shaped like GitHub's (every required field of the
 * published schema; the contract check in openapi.ts fails the test run if one drifts).
 */
import { createHash } from 'node:crypto'

export interface StandInAsset {
  id: number
  name: string
  label: string | null
  content_type: string
  /** 'open': an upload that failed part way (GitHub's docs call it "starter"; the schema says 'open'). */
  state: 'uploaded' | 'open'
  size: number
  bytes: Buffer
  download_count: number
  created_at: string
  updated_at: string
}

export interface StandInRelease {
  id: number
  tag_name: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  immutable: boolean
  make_latest: 'true' | 'false' | 'legacy'
  created_at: string
  published_at: string | null
  updated_at: string
  target_commitish: string
  assets: StandInAsset[]
}

/** Where each surface of the stand-in is reached. */
export interface Urls {
  /** REST API base (GITHUB_API_URL). */
  api: string
  /** Upload base: a host of its own like uploads.github.com, or GHES's '/api/uploads'. */
  uploads: string
  /** Web base (GITHUB_SERVER_URL): html_url and browser_download_url. */
  server: string
  owner: string
  repo: string
  reportDigest: boolean
}

const EPOCH = '2026-01-01T00:00:00Z'

export function user(urls: Urls, login = 'github-actions[bot]', id = 41898282): Record<string, unknown> {
  const u = `${urls.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `${urls.server}/avatars/${id}`,
    gravatar_id: '',
    url: u,
    html_url: `${urls.server}/apps/github-actions`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: 'Bot',
    user_view_type: 'public',
    site_admin: false
  }
}

/** The view shown to a token: `permission` decides `permissions.push`. */
export function repository(urls: Urls, permission: 'write' | 'read'): Record<string, unknown> {
  const r = `${urls.api}/repos/${urls.owner}/${urls.repo}`
  const html = `${urls.server}/${urls.owner}/${urls.repo}`
  const templated = (suffix: string): string => `${r}/${suffix}`
  return {
    id: 1296269,
    node_id: nodeId('R', 1296269),
    name: urls.repo,
    full_name: `${urls.owner}/${urls.repo}`,
    owner: { ...user(urls, urls.owner, 583231), type: 'Organization', html_url: `${urls.server}/${urls.owner}` },
    private: false,
    html_url: html,
    description: null,
    fork: false,
    url: r,
    archive_url: templated('{archive_format}{/ref}'),
    assignees_url: templated('assignees{/user}'),
    blobs_url: templated('git/blobs{/sha}'),
    branches_url: templated('branches{/branch}'),
    collaborators_url: templated('collaborators{/collaborator}'),
    comments_url: templated('comments{/number}'),
    commits_url: templated('commits{/sha}'),
    compare_url: templated('compare/{base}...{head}'),
    contents_url: templated('contents/{+path}'),
    contributors_url: templated('contributors'),
    deployments_url: templated('deployments'),
    downloads_url: templated('downloads'),
    events_url: templated('events'),
    forks_url: templated('forks'),
    git_commits_url: templated('git/commits{/sha}'),
    git_refs_url: templated('git/refs{/sha}'),
    git_tags_url: templated('git/tags{/sha}'),
    git_url: `git://${new URL(urls.server).host}/${urls.owner}/${urls.repo}.git`,
    issue_comment_url: templated('issues/comments{/number}'),
    issue_events_url: templated('issues/events{/number}'),
    issues_url: templated('issues{/number}'),
    keys_url: templated('keys{/key_id}'),
    labels_url: templated('labels{/name}'),
    languages_url: templated('languages'),
    merges_url: templated('merges'),
    milestones_url: templated('milestones{/number}'),
    notifications_url: templated('notifications{?since,all,participating}'),
    pulls_url: templated('pulls{/number}'),
    releases_url: templated('releases{/id}'),
    ssh_url: `git@${new URL(urls.server).hostname}:${urls.owner}/${urls.repo}.git`,
    stargazers_url: templated('stargazers'),
    statuses_url: templated('statuses/{sha}'),
    subscribers_url: templated('subscribers'),
    subscription_url: templated('subscription'),
    tags_url: templated('tags'),
    teams_url: templated('teams'),
    trees_url: templated('git/trees{/sha}'),
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: templated('hooks'),
    svn_url: html,
    homepage: null,
    language: 'Go',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 108,
    default_branch: 'main',
    open_issues: 0,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: EPOCH,
    created_at: EPOCH,
    updated_at: EPOCH,
    permissions: { admin: false, maintain: false, push: permission === 'write', triage: permission === 'write', pull: true },
    license: null,
    network_count: 0,
    subscribers_count: 0
  }
}

/** A draft has no tag yet: GitHub shows it under an 'untagged-…' name until it is published. */
export function webTag(release: StandInRelease): string {
  return release.draft ? `untagged-${createHash('sha1').update(String(release.id)).digest('hex').slice(0, 20)}` : release.tag_name
}

export function asset(urls: Urls, release: StandInRelease, a: StandInAsset): Record<string, unknown> {
  const base = `${urls.api}/repos/${urls.owner}/${urls.repo}`
  return {
    url: `${base}/releases/assets/${a.id}`,
    id: a.id,
    node_id: nodeId('RA', a.id),
    name: a.name,
    label: a.label,
    uploader: user(urls),
    content_type: a.content_type,
    state: a.state,
    size: a.size,
    // GitHub hashes what it stored; an upload cut short has no digest yet
    digest: urls.reportDigest && a.state === 'uploaded' ? `sha256:${createHash('sha256').update(a.bytes).digest('hex')}` : null,
    download_count: a.download_count,
    created_at: a.created_at,
    updated_at: a.updated_at,
    browser_download_url: `${urls.server}/${urls.owner}/${urls.repo}/releases/download/${encodeURIComponent(webTag(release))}/${encodeURIComponent(a.name)}`
  }
}

export function release(urls: Urls, r: StandInRelease): Record<string, unknown> {
  const base = `${urls.api}/repos/${urls.owner}/${urls.repo}`
  const published = !r.draft
  return {
    url: `${base}/releases/${r.id}`,
    assets_url: `${base}/releases/${r.id}/assets`,
    upload_url: `${urls.uploads}/repos/${urls.owner}/${urls.repo}/releases/${r.id}/assets{?name,label}`,
    html_url: `${urls.server}/${urls.owner}/${urls.repo}/releases/tag/${encodeURIComponent(webTag(r))}`,
    id: r.id,
    author: user(urls),
    node_id: nodeId('RE', r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    draft: r.draft,
    immutable: r.immutable,
    prerelease: r.prerelease,
    created_at: r.created_at,
    updated_at: r.updated_at,
    published_at: r.published_at,
    assets: r.assets.map((a) => asset(urls, r, a)),
    tarball_url: published ? `${base}/tarball/${encodeURIComponent(r.tag_name)}` : null,
    zipball_url: published ? `${base}/zipball/${encodeURIComponent(r.tag_name)}` : null,
    body: r.body
  }
}

export function tag(urls: Urls, t: { name: string; sha: string }): Record<string, unknown> {
  const base = `${urls.api}/repos/${urls.owner}/${urls.repo}`
  return {
    name: t.name,
    zipball_url: `${base}/zipball/refs/tags/${encodeURIComponent(t.name)}`,
    tarball_url: `${base}/tarball/refs/tags/${encodeURIComponent(t.name)}`,
    commit: { sha: t.sha, url: `${base}/commits/${t.sha}` },
    node_id: nodeId('REF', t.name)
  }
}

export function gitRef(urls: Urls, t: { name: string; sha: string }): Record<string, unknown> {
  const base = `${urls.api}/repos/${urls.owner}/${urls.repo}`
  return {
    ref: `refs/tags/${t.name}`,
    node_id: nodeId('REF', `refs/tags/${t.name}`),
    url: `${base}/git/refs/tags/${encodeURIComponent(t.name)}`,
    // lightweight tags: the ref points at the commit itself
    object: { type: 'commit', sha: t.sha, url: `${base}/git/commits/${t.sha}` }
  }
}

/** GitHub's error body: a message and where the docs are. */
export function error(message: string, docs: string, status: number, errors?: Array<Record<string, unknown>>): Record<string, unknown> {
  return { message, documentation_url: `https://docs.github.com/rest/${docs}`, status: String(status), ...(errors ? { errors } : {}) }
}

function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`
}

/** 40 hex digits for a tag GitHub creates itself (the stand-in has no commits). */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex')
}

/**
 * GitHub's rewrite of uploaded asset names: runs of characters outside [A-Za-z0-9._+-] become one
 * '.', dots do not repeat, and a leading dot gets 'default' before it (observed behaviour; GitHub
 * documents only that it renames such names).
 */
export function githubAssetName(name: string): string {
  let out = name.replace(/[^A-Za-z0-9._+-]+/g, '.').replace(/\.{2,}/g, '.')
  if (out.startsWith('.')) out = `default${out}`
  return out.replace(/\.+$/, '')
}
