/**
 * Nightly operations that need no Spark: publishing the site as releases switched in atomically,
 * rolling back to the previous release ({@link vn.tonghop.publish.Publisher}), and the run lock that
 * keeps two runs from overlapping ({@link vn.tonghop.publish.RunLock}).
 *
 * <pre>
 * var/site                   symlink -> site-releases/r000004 (what the web server serves)
 * var/site-releases/r000002  kept for rollback
 * var/site-releases/r000003  kept for rollback
 * var/site-releases/r000004  current
 * var/site-releases/r000005.tmp  staging (or a leftover of a killed run, removed by the next run)
 * var/site-releases/r000001.rolled-back  set aside by a rollback, removed by the next publish
 * var/site.tmp-link          the new link, only between its creation and the rename over var/site
 * </pre>
 */
package vn.tonghop.publish;
