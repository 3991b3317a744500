/** @jest-environment node */
import { CmsError, type ContentClient, type Practice } from '@resilient-mind/content'

import { readPage } from '@/lib/pagesRouter'

const practice = { name: 'A practice' } as Practice

/** A content client with only the practice details, answering as the test says. */
const clientWith = (read: () => Promise<Practice>) => ({ practice: read }) as unknown as ContentClient

describe('readPage', () => {
  it("reads the page's data and the practice details through the client it is given", async () => {
    const cms = clientWith(async () => practice)
    const props = await readPage(async (given, details) => ({ same: given === cms, name: (await details).name }), cms)
    expect(props).toEqual({ data: { same: true, name: 'A practice' }, practice })
  })

  it('shows the page without the practice details when the CMS does not give them', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    const cms = clientWith(async () => {
      throw new CmsError('unavailable', 'The CMS did not answer reading the practice details')
    })
    const props = await readPage(async () => ({ results: 3 }), cms)
    expect(props).toEqual({ data: { results: 3 }, practice: null })
    expect(warn).toHaveBeenCalledWith('The CMS did not answer reading the practice details')
    warn.mockRestore()
  })

  it('is a 404 (null) when the loader finds nothing', async () => {
    expect(
      await readPage(
        async () => null,
        clientWith(async () => practice),
      ),
    ).toBeNull()
  })
})
