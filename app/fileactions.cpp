// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "articletransfer.h"
#include "database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcFileActions, "copydesk.file")

FileActions::FileActions(Database &db, std::function<QString()> currentSlug, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_currentSlug(std::move(currentSlug))
    , m_window(window)
    , m_import(new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Article Files…"), this))
    , m_exportMarkdown(
          new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export as &Markdown…"), this))
    , m_exportHtml(new QAction(tr("Export as &HTML…"), this))
{
    m_import->setObjectName(QStringLiteral("importArticles"));
    m_import->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    m_import->setEnabled(!db.isReadOnly());
    m_exportMarkdown->setObjectName(QStringLiteral("exportMarkdown"));
    m_exportMarkdown->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportHtml->setObjectName(QStringLiteral("exportHtml"));
    connect(m_import, &QAction::triggered, this, &FileActions::chooseImport);
    connect(m_exportMarkdown, &QAction::triggered, this, [this] { chooseExport(false); });
    connect(m_exportHtml, &QAction::triggered, this, [this] { chooseExport(true); });
}

void FileActions::chooseImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import Article Files"), QString(),
                                                            tr("Article files (*.md *.markdown);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

qint64 FileActions::importFiles(const QStringList &paths)
{
    qint64 last = 0;
    QStringList problems;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const auto &outcome = ArticleTransfer::importFile(m_db, paths.at(i));
        const QString name = QFileInfo(paths.at(i)).fileName();
        if (!outcome) {
            qCWarning(lcFileActions) << "import of" << paths.at(i) << "failed:" << outcome.error().toLogString();
            problems << tr("%1: %2").arg(name, outcome.error().message);
            continue;
        }
        last = outcome.value().id;
        for (const QString &warning : outcome.value().warnings)
            qCInfo(lcFileActions) << name << warning;
    }
    if (last != 0)
        Q_EMIT imported(last);
    if (!problems.isEmpty())
        warn(tr("Some files could not be imported; nothing of them was kept."), problems.join(QLatin1Char('\n')));
    return last;
}

void FileActions::chooseExport(bool html)
{
    const QString slug = m_currentSlug();
    if (slug.isEmpty())
        return;
    const QString suggested = QDir::home().filePath(slug + (html ? QStringLiteral(".html") : QStringLiteral(".md")));
    const QString path =
        QFileDialog::getSaveFileName(m_window, html ? tr("Export as HTML") : tr("Export as Markdown"), suggested,
                                     html ? tr("Web pages (*.html)") : tr("Article files (*.md)"));
    if (!path.isEmpty())
        exportTo(path, html);
}

bool FileActions::exportTo(const QString &path, bool html)
{
    const QString slug = m_currentSlug();
    const auto bytes = html ? ArticleTransfer::exportHtml(m_db, slug) : ArticleTransfer::exportMarkdown(m_db, slug);
    if (!bytes) {
        warn(tr("The story could not be exported."), bytes.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes.value().size() || !file.commit()) {
        warn(tr("The file could not be written."), file.errorString());
        return false;
    }
    return true;
}

void FileActions::warn(const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Copydesk"), what, QMessageBox::Ok, m_window);
    box.setInformativeText(why);
    box.exec();
}
