/**
 * Nightly operations that need no Spark: publishing the site (and the datasets, the same way) as
 * releases switched in atomically, rolling back to the previous release
 * ({@link vn.tonghop.publish.Publisher}), freezing years into the archive
 * ({@link vn.tonghop.publish.YearArchive}), and the run lock that keeps two runs from overlapping
 * ({@link vn.tonghop.publish.RunLock}).
 *
 * <pre>
 * var/site                   symlink -> site-releases/r000004 (what the web server serves)
 * var/site-releases/r000002  kept for rollback
 * var/site-releases/r000003  kept for rollback
 * var/site-releases/r000004  current
 * var/site-releases/r000005.tmp  staging (or a leftover of a killed run, removed by the next run)
 * var/site-releases/r000001.rolled-back  set aside by a rollback, removed by the next publish
 * var/site.tmp-link          the new link, only between its creation and the rename over var/site
 * var/datasets               symlink -> datasets-releases/r000007 (what the site is rendered from)
 * var/archive/2024           a frozen year, outside every release (var/archive/2025.tmp: a freeze under way)
 * </pre>
 */
package vn.tonghop.publish;
