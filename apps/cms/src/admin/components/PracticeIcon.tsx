/** The practice's mark (the website's icon), shown in the admin's navigation and on the login page. */
export function PracticeIcon() {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="15" fill="#1d4f6e" />
      <circle cx="16" cy="16" r="7" fill="#fbfaf7" />
    </svg>
  )
}
