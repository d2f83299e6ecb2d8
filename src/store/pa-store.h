/* pa-store.h: the SQLite draft store
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/pa-agreement.h"
#include "store/pa-draft-summary.h"

G_BEGIN_DECLS

#define PA_STORE_ERROR (pa_store_error_quark ())

typedef enum {
  PA_STORE_ERROR_NOT_DATABASE, /* the file is not an SQLite database */
  PA_STORE_ERROR_CORRUPT,      /* truncated or fails integrity_check */
  PA_STORE_ERROR_TOO_NEW,      /* made by a newer Praktikaftale */
  PA_STORE_ERROR_READ_ONLY,    /* the file or the disk cannot be written */
  PA_STORE_ERROR_FULL,         /* the disk is full */
  PA_STORE_ERROR_NOT_FOUND,    /* no draft with that id */
  PA_STORE_ERROR_FAILED,       /* anything else SQLite or the disk said */
  PA_STORE_ERROR_FOREIGN,      /* an SQLite database of another program */
  PA_STORE_ERROR_NEEDS_UPGRADE,/* an older schema, opened read-only */
} PaStoreError;

GQuark pa_store_error_quark (void);

/* Version 1: the agreement tables; 2: full-text search; 3: special
 * need, most recent employer's CVR number and assessment; 4: SMART goals
 * and work functions; 5: the purge of deleted drafts' words that is due;
 * 6: the parties' arrangements and the VITAS texts; 7: nine restriction categories;
 * 8: a follow-up's uid; 9: revisions and approvals;
 * 10: the ranked search index (pa-store-search.h). */
#define PA_STORE_SCHEMA_VERSION 11

#define PA_TYPE_STORE (pa_store_get_type ())
G_DECLARE_FINAL_TYPE (PaStore, pa_store, PA, STORE, GObject)

typedef enum {
  PA_STORE_OPEN_DEFAULT                 = 0,
  /* Skip the full integrity check on open, for a fast first frame; the
   * caller runs pa_store_check_integrity_async() right after. */
  PA_STORE_OPEN_DEFER_INTEGRITY_CHECK   = 1 << 0,
  /* Open without writing anything: no migration, no journal change, no
   * chmod; for commands that only read, and for read-only media. */
  PA_STORE_OPEN_READ_ONLY               = 1 << 1,
} PaStoreOpenFlags;

char        *pa_store_default_path       (void);
PaStore     *pa_store_open               (const char   *path,
                                          GError      **error);
PaStore     *pa_store_open_full          (const char   *path,
                                          PaStoreOpenFlags flags,
                                          GError      **error);
const char  *pa_store_get_path           (PaStore      *self);
gboolean     pa_store_is_read_only       (PaStore      *self);
int          pa_store_get_schema_version (PaStore      *self);

gboolean     pa_store_save               (PaStore      *self,
                                          PaAgreement  *agreement,
                                          GError      **error);
PaAgreement *pa_store_load               (PaStore      *self,
                                          const char   *id,
                                          GError      **error);
gboolean     pa_store_delete             (PaStore      *self,
                                          const char   *id,
                                          GError      **error);
/* Waits until no word of a deleted draft is left in the full-text
 * index: pa_store_delete() leaves that work to a thread. */
void         pa_store_wait_for_purge     (PaStore      *self);
gboolean     pa_store_contains           (PaStore      *self,
                                          const char   *id);
/* Earlier placements of the same citizen (same CPR number), for the
 * repeat-placement rule. (element-type PaAgreement) */
GPtrArray   *pa_store_find_earlier       (PaStore      *self,
                                          PaAgreement  *agreement,
                                          GError      **error);
GListModel  *pa_store_list_drafts        (PaStore      *self,
                                          GError      **error);
GListModel  *pa_store_search             (PaStore      *self,
                                          const char   *query,
                                          GError      **error);
gboolean     pa_store_check_integrity    (PaStore      *self,
                                          GError      **error);
void         pa_store_check_integrity_async  (PaStore            *self,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
gboolean     pa_store_check_integrity_finish (PaStore            *self,
                                              GAsyncResult       *result,
                                              GError            **error);
/* The draft list's pages, counts and positions, with an optional
 * status filter (pa-store-list.c). */
gboolean     pa_store_count_drafts       (PaStore        *self,
                                          const char     *status,
                                          const char     *today,
                                          guint           at_most,
                                          guint          *count,
                                          GError        **error);
GPtrArray   *pa_store_list_drafts_range  (PaStore        *self,
                                          const char     *status,
                                          const char     *today,
                                          PaDraftSummary *after,
                                          guint           offset,
                                          guint           limit,
                                          GError        **error);
gboolean     pa_store_find_draft_position (PaStore       *self,
                                          const char     *id,
                                          const char     *status,
                                          const char     *today,
                                          guint          *position,
                                          GError        **error);

/* Every approved revision of the agreement @id, oldest first, each a
 * whole agreement with the approvals it had (pa-store-revisions.c).
 * (element-type PaAgreement) */
GPtrArray   *pa_store_list_revisions     (PaStore      *self,
                                          const char   *id,
                                          GError      **error);

/* Follow-ups dated @from to @to ("YYYY-MM-DD") of drafts that are
 * not ended or cancelled, by date, the first @limit of them and how many
 * there are (pa-store-follow-ups.c). */
typedef struct {
  char *id;            /* the agreement's */
  char *citizen_name;  /* nullable */
  char *date;
  char *time;          /* nullable */
  char *kind;          /* nullable */
} PaDueFollowUp;

void         pa_due_follow_up_free       (PaDueFollowUp *due);
GPtrArray   *pa_store_list_follow_ups_due (PaStore     *self,
                                           const char  *from,
                                           const char  *to,
                                           guint        limit,
                                           guint       *total,
                                           GError     **error);

/* The same in a thread: the first @limit and how many in all. */
typedef struct {
  GPtrArray *due;    /* (element-type PaDueFollowUp) */
  guint      total;
} PaDueResult;

void         pa_due_result_free          (PaDueResult   *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PaDueResult, pa_due_result_free)
void         pa_store_list_follow_ups_due_async  (PaStore             *self,
                                                  const char          *from,
                                                  const char          *to,
                                                  guint                limit,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
PaDueResult *pa_store_list_follow_ups_due_finish (PaStore             *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);

/* Backups: one file a day in @backup_dir, the newest @keep kept. */
char        *pa_store_default_backup_dir (const char   *db_path);
gboolean     pa_store_backup_if_due      (PaStore      *self,
                                          const char   *backup_dir,
                                          guint         keep,
                                          GError      **error);
char        *pa_store_find_newest_backup (const char   *backup_dir);
/* The same in a thread, on a connection of its own: saves go on, and
 * @progress (on the caller's main context) hears the share copied. */
typedef void (*PaBackupProgress) (double   fraction,
                                  gpointer user_data);
void         pa_store_backup_if_due_async  (PaStore            *self,
                                            const char         *backup_dir,
                                            guint               keep,
                                            PaBackupProgress    progress,
                                            gpointer            progress_data,
                                            GCancellable       *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
gboolean     pa_store_backup_if_due_finish (PaStore            *self,
                                            GAsyncResult       *result,
                                            GError            **error);

/* Bad files: never overwritten, only moved aside. */
char        *pa_store_move_aside         (const char   *path,
                                          GError      **error);
gboolean     pa_store_restore_backup     (const char   *backup_path,
                                          const char   *path,
                                          GError      **error);
/* Files moved aside next to @db_path, oldest first. (element-type utf8) */
GPtrArray   *pa_store_list_moved_aside   (const char   *db_path);
gboolean     pa_store_delete_moved_aside (const char   *moved_path,
                                          GError      **error);

/* One place that turns an errno into a #PA_STORE_ERROR: @what is a
 * sentence prefix naming the file, such as "The backup … could not be
 * written". A full disk gets the same words as SQLite's SQLITE_FULL
 * (and SQLITE_IOERR with ENOSPC) everywhere. */
void         pa_store_set_errno_error    (GError      **error,
                                          int           errsv,
                                          const char   *what);

/* For tests: make writes fail as on a read-only or full disk. */
void         pa_store_simulate_failure   (PaStore      *self,
                                          PaStoreError  kind,
                                          gboolean      enable);

G_END_DECLS
