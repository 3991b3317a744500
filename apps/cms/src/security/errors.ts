import { APIError } from 'payload'

/**
 * A client error whose message reaches the client. Payload prints an error's message only when
 * it has a `name`, and the production build minifies class names (to "" for some), which turned
 * these messages into "An unknown error occurred."; so the name is set here, by hand.
 */
export class RequestError extends APIError {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'RequestError'
  }
}
