/**
 * Wording for the five seed services. Each sentence restates the "grounding" that
 * content/practice.json gives for that service and nothing more: no fees, lengths or
 * insurance, which stay empty until the practice supplies them.
 */
export const SERVICE_COPY: Record<string, { summary: string; description: string }> = {
  'therapy-for-the-partner-who-betrayed': {
    summary:
      'Therapy for the partner who betrayed: accountability without shame, and understanding the roots of the betrayal.',
    description:
      'Therapy here is not about punishing or shaming. Together we look at what led to the betrayal, such as unmet needs, unresolved trauma or addiction, and work on accountability, self-forgiveness, healthy boundaries and new coping tools.',
  },
  'couples-therapy-after-betrayal': {
    summary: 'Couples therapy after betrayal, with a structured approach to rebuilding trust.',
    description:
      'A structured approach to rebuilding trust between partners: transparency, consistent effort, rebuilding emotional intimacy, and a commitment to change.',
  },
  'sex-addiction-therapy': {
    summary: 'Therapy for sex addiction with a Certified Sex Addiction Therapist (CSAT).',
    description:
      'Sex addiction therapy with a Certified Sex Addiction Therapist (CSAT), including support for betrayal that happened through addiction.',
  },
  'trauma-focused-therapy': {
    summary: 'Trauma-focused therapy for individuals and couples.',
    description:
      'Therapy informed by training in multiple modalities of trauma-focused healing, to support individuals and couples in reconnecting to themselves and their relationships.',
  },
  coaching: {
    summary: 'Coaching with a Certified Professional Coach.',
    description:
      'Coaching for individuals with a Certified Professional Coach, alongside the counselling the practice offers.',
  },
}
