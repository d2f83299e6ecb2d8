/* pa-store-private.h: what the parts of the store share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "pa-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef struct _PaStmtCache PaStmtCache;

/* Prepared statements kept for the life of the connection. */
PaStmtCache  *pa_stmt_cache_new      (sqlite3      *db);
void          pa_stmt_cache_free     (PaStmtCache  *cache);
sqlite3_stmt *pa_stmt_cache_get      (PaStmtCache  *cache,
                                      const char   *sql,
                                      GError      **error);
sqlite3      *pa_stmt_cache_get_db   (PaStmtCache  *cache);

sqlite3      *pa_store_get_db        (PaStore      *self);
PaStmtCache  *pa_store_get_cache     (PaStore      *self);

/* pa-store-search.c: the read-only connection the store's threads share. */
sqlite3      *pa_store_reader_lock   (PaStore      *self,
                                      GError      **error);
void          pa_store_reader_unlock (PaStore      *self);

/* pa-store-list.c: the SQL function pa_status() the list's status
 * filter uses, on each connection. */
gboolean      pa_store_list_register_functions (sqlite3  *db,
                                                GError  **error);
void          pa_store_set_sqlite_error (GError   **error,
                                         sqlite3   *db,
                                         int        rc);
gboolean      pa_store_exec          (sqlite3      *db,
                                      const char   *sql,
                                      GError      **error);

/* pa-store-backup.c: 0700 on the backup folder, 0600 on its files and
 * on the files moved aside next to @db_path. */
void          pa_store_tighten_backups (const char *db_path);

/* pa-store-backup.c: today's backup from @from, any connection. */
gboolean      pa_store_backup_from     (sqlite3          *from,
                                        const char       *backup_dir,
                                        guint             keep,
                                        PaBackupProgress  progress,
                                        gpointer          progress_data,
                                        GError          **error);

/* pa-store-purge.c: merges the full-text index in a thread after a
 * delete, until no deleted draft's word is left (see purge_pending). */
typedef struct _PaPurgeWorker PaPurgeWorker;

PaPurgeWorker *pa_purge_worker_new     (const char    *path);
void           pa_purge_worker_request (PaPurgeWorker *self);
void           pa_purge_worker_wait    (PaPurgeWorker *self);
void           pa_purge_worker_free    (PaPurgeWorker *self);

/* Generic mapping of records to tables (pa-store-records.c). */
char         *pa_store_sql_name      (const char   *name);
gboolean      pa_store_write_agreement (PaStmtCache *cache,
                                        PaAgreement *agreement,
                                        sqlite3_int64 *pk,
                                        GError     **error);
PaAgreement  *pa_store_read_agreement  (PaStmtCache *cache,
                                        const char  *id,
                                        GError     **error);
gboolean      pa_store_write_search_row (PaStmtCache *cache,
                                         PaAgreement *agreement,
                                         sqlite3_int64 pk,
                                         GError     **error);

/* Approved revisions (pa-store-revisions.c): writes the sealed ones and
 * the current one if approved; @n_sealed says how many the caller may
 * forget after COMMIT. */
gboolean      pa_store_write_revisions (PaStmtCache *cache,
                                        PaAgreement *agreement,
                                        sqlite3_int64 pk,
                                        guint       *n_sealed,
                                        GError     **error);

/* Ordered migrations (pa-store-migrations.c): index i brings a database
 * from user_version i to i + 1. */
typedef gboolean (*PaMigrationFunc) (sqlite3     *db,
                                     PaStmtCache *cache,
                                     GError     **error);
typedef struct {
  const char      *sql;
  PaMigrationFunc  after;  /* nullable: work that needs C, run after sql */
} PaMigration;

const PaMigration *pa_store_get_migrations (guint *n_migrations);
gboolean           pa_store_migrate        (sqlite3     *db,
                                            PaStmtCache *cache,
                                            int          target_version,
                                            GError     **error);

G_END_DECLS
