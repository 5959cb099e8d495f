/**
 * @actions/http-client, loaded on the first request instead of at start-up. The real module
 * imports undici (and tunnel) at its top, which costs ~80 ms of parsing before the first child
 * process — on every run, although a warm run sends no request at all. `@actions/core` (its OIDC
 * client) and `@actions/tool-cache` import the client at their top too: the bundle gives them this
 * class instead (scripts/bundle.mjs), and src/tools/download.ts uses it directly. Every method these
 * callers use is asynchronous, so each can wait for the real client; the real client then does all
 * the work (proxies, redirects, TLS) exactly as before. ADR 0013.
 */
import type { HttpClient as RealClient } from '@actions/http-client'
import type { TypedResponse } from '@actions/http-client/lib/interfaces'

type Args = ConstructorParameters<typeof RealClient>

export class HttpClient {
  readonly #args: Args
  #client?: Promise<RealClient>
  constructor(...args: Args) {
    this.#args = args
  }

  #real(): Promise<RealClient> {
    this.#client ??= import('@actions/http-client').then((m) => new m.HttpClient(...this.#args))
    return this.#client
  }

  async get(...a: Parameters<RealClient['get']>): ReturnType<RealClient['get']> {
    return (await this.#real()).get(...a)
  }
  async head(...a: Parameters<RealClient['head']>): ReturnType<RealClient['head']> {
    return (await this.#real()).head(...a)
  }
  async del(...a: Parameters<RealClient['del']>): ReturnType<RealClient['del']> {
    return (await this.#real()).del(...a)
  }
  async post(...a: Parameters<RealClient['post']>): ReturnType<RealClient['post']> {
    return (await this.#real()).post(...a)
  }
  async getJson<T>(...a: Parameters<RealClient['getJson']>): Promise<TypedResponse<T>> {
    return (await this.#real()).getJson<T>(...a)
  }
  async postJson<T>(...a: Parameters<RealClient['postJson']>): Promise<TypedResponse<T>> {
    return (await this.#real()).postJson<T>(...a)
  }
}
