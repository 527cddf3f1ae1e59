// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A story and a target to hang remotes, jobs and log lines on, for the publishing repository tests.

#include "articlerepository.h"
#include "publishtargetrepository.h"
#include "testdatabase.h"

inline qint64 addStory(Database &db, const char *headline)
{
    Article a;
    a.headline = QString::fromUtf8(headline);
    return TAKE(ArticleRepository(db).create(a)).id;
}

inline qint64 addTarget(Database &db, const char *name)
{
    PublishTarget t;
    t.name = QString::fromUtf8(name);
    t.kind = PublishTargetKind::Ninjs;
    t.endpoint = QUrl(QStringLiteral("https://wire.example/"));
    return TAKE(PublishTargetRepository(db).add(t)).id;
}
