// Run by the mongo image once, on the first start with an empty data volume, as the root user:
// the CMS signs in as "cms", which may read and write its own database and nothing else.
db.getSiblingDB('cms').createUser({
  user: 'cms',
  pwd: process.env.MONGO_CMS_PASSWORD,
  roles: [{ role: 'readWrite', db: 'cms' }],
})
