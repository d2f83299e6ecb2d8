/* pa-application-private.h: the application's insides, shared with its store handling
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
};

/* pa-application-store.c */
void  _pa_application_open_store    (PaApplication *self,
                                     PaWindow      *window,
                                     const char    *path);
void  _pa_application_check_later   (PaApplication *self,
                                     PaWindow      *window);
int   _pa_application_list_drafts   (PaApplication *self,
                                     const char    *path);

G_END_DECLS
