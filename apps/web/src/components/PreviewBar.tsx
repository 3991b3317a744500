/** Shown only to an editor in draft mode, so a preview is never mistaken for the live site. */
export function PreviewBar() {
  return (
    <div className="preview-bar" role="region" aria-label="Preview">
      <p>
        Preview: you are seeing drafts. <a href="/api/exit-preview">Leave preview</a>
      </p>
    </div>
  )
}
