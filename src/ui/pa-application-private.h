/* pa-application-private.h: the application's insides, shared with its store handling
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/pa-checklist.h"
#include "store/pa-store.h"

#include "pa-application.h"
#include "pa-window.h"

G_BEGIN_DECLS

struct _PaApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GHashTable     *stores;          /* path → PaStore, shared by its windows */
  gboolean        backup_checked;  /* the daily backup runs once a session */
  gboolean        rules_reported;  /* broken rules files are told once */
  int             base_xft_dpi;    /* the system's text size, 1024ths of a dpi */
};

/* pa-application-store.c */
void  _pa_application_open_store    (PaApplication *self,
                                     PaWindow      *window,
                                     const char    *path);
void  _pa_application_check_later   (PaApplication *self,
                                     PaWindow      *window);
/* Command-line actions: print, then exit with the returned status. */
typedef int (*PaLocalCommand) (PaApplication *self,
                               const char    *db_path,
                               GVariantDict  *options);

/* pa-application-commands.c */
int   _pa_application_list_drafts   (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);
char *_pa_cli_clean                 (const char    *text,
                                     gboolean       keep_layout);
void  _pa_cli_print                 (const char    *format,
                                     ...) G_GNUC_PRINTF (1, 2);
void  _pa_cli_printerr              (const char    *format,
                                     ...) G_GNUC_PRINTF (1, 2);
int   _pa_application_export_xml    (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);
int   _pa_application_import        (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);
int   _pa_application_check         (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);
int   _pa_application_check_goal    (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);
int   _pa_application_reformulate   (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);
/* pa-application-pdf.c */
int   _pa_application_export_pdf    (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);

/* pa-application-check.c: --check FILE.txt, and the checklist of --check FILE.xml */
gboolean _pa_check_is_text_file      (const char        *file);
int      _pa_application_check_text  (const char        *file,
                                      GVariantDict      *options);
void     _pa_cli_print_checklist     (PaChecklistReport *report);
/* pa-application-ics.c */
int   _pa_application_export_ics    (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);

/* pa-application-search.c */
int   _pa_application_search        (PaApplication *self,
                                     const char    *db_path,
                                     GVariantDict  *options);

G_END_DECLS
