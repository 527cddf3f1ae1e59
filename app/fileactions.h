// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class Database;
class QAction;
class QWidget;

/// File ▸ Import and the two exports: article files in the format of product.md, and a
/// standalone HTML page. The dialogs are here; the work is ArticleTransfer's.
class FileActions : public QObject
{
    Q_OBJECT

public:
    /// `currentSlug` tells which story an export writes; empty when none is open.
    FileActions(Database &db, std::function<QString()> currentSlug, QWidget *window);

    QAction *importAction() const { return m_import; }
    QAction *exportMarkdownAction() const { return m_exportMarkdown; }
    QAction *exportHtmlAction() const { return m_exportHtml; }

    /// Imports the files and reports each failure; returns the id of the last story imported.
    qint64 importFiles(const QStringList &paths);
    /// Writes the story's export to `path` atomically (QSaveFile).
    bool exportTo(const QString &path, bool html);

Q_SIGNALS:
    /// Stories were imported (sections, authors or tags may be new too); `lastId` is the last one.
    void imported(qint64 lastId);

private:
    void chooseImport();
    void chooseExport(bool html);
    void warn(const QString &what, const QString &why);

    Database &m_db;
    std::function<QString()> m_currentSlug;
    QWidget *m_window;
    QAction *m_import;
    QAction *m_exportMarkdown;
    QAction *m_exportHtml;
};
