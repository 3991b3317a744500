'use client'

import { useAuth } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, type ReactNode } from 'react'

/**
 * While the signed-in user must replace a generated password (users.mustChangePassword), every
 * admin page leads to the account page, which says why. The API refuses everything else anyway
 * (src/hooks/requestGuards.ts); this makes it obvious instead of a screen of errors.
 */
export function MustChangePassword({ children }: { children?: ReactNode }) {
  const { user } = useAuth<{ mustChangePassword?: boolean | null }>()
  const pathname = usePathname()
  const router = useRouter()
  const mustChange = Boolean(user?.mustChangePassword)
  const onAccount = pathname?.startsWith('/admin/account') || pathname?.startsWith('/admin/logout')

  useEffect(() => {
    if (mustChange && !onAccount) router.replace('/admin/account')
  }, [mustChange, onAccount, router])

  return (
    <>
      {mustChange && (
        <div role="alert" className="must-change-password">
          Your password was generated for you and has been in the server log. Choose a new one here (Change Password,
          then Save) before anything else.
        </div>
      )}
      {children}
    </>
  )
}
