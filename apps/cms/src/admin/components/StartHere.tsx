import type { ServerProps } from 'payload'

import { PRACTICE_TIMEZONE } from '../timezones'
import { startHereFigures } from '../startHere'

const when = (iso: string) =>
  new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: PRACTICE_TIMEZONE,
    timeZoneName: 'short',
  }).format(new Date(iso))

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The top of the dashboard: where staff usually start, with counts read with their own access. */
export async function StartHere({ payload, user }: ServerProps) {
  if (!user || user.collection !== 'users') return null
  const admin = payload.config.routes.admin
  const figures = await startHereFigures(payload, user)
  const myDraftsHref = `${admin}/collections/articles?where[and][0][_status][equals]=draft&where[and][1][createdBy][equals]=${user.id}`
  return (
    <section className="start-here" aria-labelledby="start-here-title">
      <h2 id="start-here-title">Start here</h2>
      <ul className="start-here__cards">
        <li className="start-here__card">
          <a href={`${admin}/collections/articles/create`}>Write an article</a>
          <p>It is saved as a draft once you press “Save draft”; then it saves itself as you type.</p>
        </li>
        <li className="start-here__card">
          <a href={myDraftsHref}>My drafts</a>
          <p>
            {plural(
              figures.myDrafts,
              'article you started is not published yet.',
              'articles you started are not published yet.',
            )}
          </p>
        </li>
        <li className="start-here__card">
          <a href={`${admin}/collections/articles`}>Scheduled</a>
          {figures.scheduled.length === 0 ? (
            <p>Nothing is scheduled. To publish later, open a draft and choose “Schedule publish” next to Publish.</p>
          ) : (
            <ul className="start-here__scheduled">
              {figures.scheduled.map((s) => (
                <li key={`${s.collection}-${s.id}-${s.at}`}>
                  <a href={`${admin}/collections/${s.collection}/${s.id}`}>{s.title || 'Untitled'}</a>{' '}
                  {s.type === 'publish' ? 'goes live' : 'comes down'} {when(s.at)}
                </li>
              ))}
            </ul>
          )}
        </li>
        {figures.newRequests !== undefined && (
          <li className="start-here__card">
            <a href={`${admin}/collections/inquiries?where[status][equals]=new`}>New appointment requests</a>
            <p>{plural(figures.newRequests, 'request is waiting for a reply.', 'requests are waiting for a reply.')}</p>
          </li>
        )}
      </ul>
    </section>
  )
}
