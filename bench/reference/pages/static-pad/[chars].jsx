import Head from 'next/head'

import { padParagraphs } from '../../lib/padText'

/**
 * /static-pad/<n>: the same page as /pad/<n>, from the Pages Router: rendered once on its first
 * request and then served from Next's page cache for good, with no JavaScript (as the website's
 * Pages Router pages are sent). What a static page of that router costs on this machine.
 */
export const config = { unstable_runtimeJS: false }

export const getStaticPaths = async () => ({ paths: [], fallback: 'blocking' })
export const getStaticProps = async ({ params }) => ({ props: { chars: params.chars } })

export default function StaticPad({ chars }) {
  return (
    <main>
      <Head>
        <title>Benchmark reference page</title>
      </Head>
      <h1>Reference page</h1>
      {padParagraphs(chars).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </main>
  )
}
