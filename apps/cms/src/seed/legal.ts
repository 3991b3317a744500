/**
 * Standard notice texts the practice is required to show, seeded into the Practice global so
 * the site shows them from the first start. They state the law and the regulator, nothing
 * about the practice itself (no fees, addresses or phone numbers of the practice). Staff
 * review and edit them in the admin (Practice → Safety & legal).
 */
export const GOOD_FAITH_ESTIMATE_MD = `You have the right to receive a "Good Faith Estimate" explaining how much your care will cost.

Under the law, health care providers need to give clients who don't have insurance or who are not using insurance an estimate of the bill for items and services.

- You have the right to receive a Good Faith Estimate for the total expected cost of any non-emergency items or services.
- Make sure your provider gives you a Good Faith Estimate in writing at least 1 business day before your service. You can also ask your provider, and any other provider you choose, for a Good Faith Estimate before you schedule a service.
- If you receive a bill that is at least $400 more than your Good Faith Estimate, you can dispute the bill.
- Make sure to save a copy or picture of your Good Faith Estimate.

For questions or more information about your right to a Good Faith Estimate, visit [cms.gov/nosurprises](https://www.cms.gov/nosurprises).`

export const COMPLAINTS_MD = `Counselors licensed in Texas are regulated by the Texas Behavioral Health Executive Council (BHEC). If you have a concern about the conduct of a licensed professional counselor, you may file a complaint with the Council.

Find the complaint process and forms at [bhec.texas.gov](https://bhec.texas.gov/).`

export const PRIVACY_MD = `This website sets no cookies for visitors, runs no analytics and loads nothing from other websites.

When you send an appointment request, we keep only what the form asks for, so that we can get back to you. Please do not include clinical or crisis details in the form.`
