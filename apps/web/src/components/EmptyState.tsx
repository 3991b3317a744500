import Link from 'next/link'
import type { ReactNode } from 'react'

/** A calm message where a list would be, with a way on. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string
  children?: ReactNode
  action?: { href: string; label: string }
}) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{title}</p>
      {children}
      {action && (
        <p>
          <Link href={action.href}>{action.label}</Link>
        </p>
      )}
    </div>
  )
}
