// SPDX-FileCopyrightText: 2026 Valara Desk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/store/UserGenerator.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace valara::sandbox {

namespace {

// Names from several cultures, some with letters beyond ASCII (they sort and match by their
// case-folded form).
constexpr std::array FirstNames{
    "Olivia", "Liam",   "Sofía",   "Mateo",     "Amara",   "Chidi",  "Mei",      "Wei",
    "Aiko",   "Haruto", "Priya",   "Arjun",     "Fatima",  "Omar",   "Chloé",    "Étienne",
    "Lukas",  "Jürgen", "Ana",     "João",      "Minh",    "Linh",   "Seo-yeon", "Ji-ho",
    "Zoë",    "Noah",   "Isabela", "Rafael",    "Aaliyah", "Malik",  "Ingrid",   "Sven",
    "Kwame",  "Ngozi",  "Dmitri",  "Katarzyna", "Siobhán", "Declan", "Camila",   "Diego",
    "Yusuf",  "Leila",  "Hana",    "Kenji",     "Anjali",  "Rohan",  "Maya",     "Ethan"};
constexpr std::array LastNames{
    "Smith",   "Johnson",  "García",   "Martínez", "Okafor", "Adeyemi", "Chen",      "Wang",
    "Sato",    "Tanaka",   "Patel",    "Sharma",   "Haddad", "Khalil",  "Dubois",    "Lefèvre",
    "Müller",  "Schmidt",  "Silva",    "Santos",   "Nguyen", "Tran",    "Kim",       "Park",
    "O'Brien", "Murphy",   "Kowalski", "Nowak",    "Mensah", "Boateng", "Johansson", "Larsen",
    "Ivanova", "Petrov",   "Rossi",    "Bianchi",  "Cohen",  "Levi",    "Hernández", "López",
    "Brown",   "Williams", "Yamamoto", "Gupta",    "Torres", "Reyes",   "Fischer",   "Novak"};

struct City
{
    const char *name;
    const char *state;
    const char *timezone;
    const char *areaCode;
};

constexpr std::array Cities{City{"Austin", "TX", "America/Chicago", "512"},
                            City{"Denver", "CO", "America/Denver", "303"},
                            City{"Phoenix", "AZ", "America/Phoenix", "602"},
                            City{"Seattle", "WA", "America/Los_Angeles", "206"},
                            City{"San Diego", "CA", "America/Los_Angeles", "619"},
                            City{"Miami", "FL", "America/New_York", "305"},
                            City{"Boston", "MA", "America/New_York", "617"},
                            City{"Chicago", "IL", "America/Chicago", "312"},
                            City{"Anchorage", "AK", "America/Anchorage", "907"},
                            City{"Honolulu", "HI", "Pacific/Honolulu", "808"}};

constexpr std::array Languages{"en-US", "es-MX", "fr-CA", "pt-BR", "de-DE"};
constexpr auto Domain = "summitvale-realty.example";
constexpr auto BrokerageName = "Summit & Vale Realty";

// "Siobhán O'Brien" -> "siobhan.obrien": letters and digits of the decomposed name.
QString emailPart(const QString &name)
{
    QString part;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            part.append(c);
    }
    return part;
}

class Brokerage
{
public:
    Brokerage(quint32 seed, const QSet<QString> &takenEmails)
        : m_random(seed)
        , m_emails(takenEmails)
        , m_epoch(QDate(2023, 1, 1).startOfDay(Qt::UTC))
    {}

    SandboxUser person(const QString &role, const QString &title, const QString &teamId,
                       const City &city)
    {
        SandboxUser user;
        user.id = UserGenerator::userId(++m_number);
        user.apiKey = UserGenerator::apiKey(user.id);
        user.role = role;
        user.orgId = QStringLiteral("org-generated");
        user.teamId = teamId;
        const QString first = QString::fromUtf8(FirstNames.at(pick(FirstNames.size())));
        const QString last = QString::fromUtf8(LastNames.at(pick(LastNames.size())));
        user.profile = {{QStringLiteral("name"), first + QLatin1Char(' ') + last},
                        {QStringLiteral("first_name"), first},
                        {QStringLiteral("last_name"), last},
                        {QStringLiteral("email"), email(first, last)},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("brokerage_name"), QLatin1String(BrokerageName)},
                        {QStringLiteral("city"), QLatin1String(city.name)},
                        {QStringLiteral("state"), QLatin1String(city.state)},
                        {QStringLiteral("phone"), phone(city)},
                        {QStringLiteral("email_verified"), pick(10) != 0}};
        if (pick(10) < 6)
            user.preferences.insert(QStringLiteral("timezone"), QLatin1String(city.timezone));
        if (pick(10) < 3)
            user.preferences.insert(QStringLiteral("language"),
                                    QLatin1String(Languages.at(pick(Languages.size()))));
        if (pick(10) < 2)
            user.preferences.insert(QStringLiteral("theme"),
                                    pick(2) ? QStringLiteral("dark") : QStringLiteral("light"));
        if (pick(10) < 2)
            user.mePreferences.insert(QStringLiteral("timezone"), QLatin1String(city.timezone));
        user.createdAt = m_epoch.addSecs(qint64(pick(2 * 365)) * 86400 + pick(86400));
        user.updatedAt = user.createdAt.addSecs(qint64(pick(365)) * 86400 + pick(86400));
        return user;
    }

    const City &city() { return Cities.at(pick(Cities.size())); }

private:
    quint32 pick(qsizetype bound) { return m_random.bounded(quint32(bound)); }

    QString email(const QString &first, const QString &last)
    {
        const QString base = emailPart(first) + QLatin1Char('.') + emailPart(last);
        // The next number to try for this name: the same name comes back every few thousand.
        int &next = m_nextNumber[base];
        QString address;
        do {
            address = (next < 2 ? base : base + QString::number(next)) + QLatin1Char('@') +
                      QLatin1String(Domain);
            next = std::max(next, 1) + 1;
        } while (m_emails.contains(address));
        m_emails.insert(address);
        return address;
    }

    QString phone(const City &city)
    {
        return QStringLiteral("+1 %1 555 %2")
            .arg(QLatin1String(city.areaCode))
            .arg(pick(10000), 4, 10, QLatin1Char('0'));
    }

    QRandomGenerator m_random;
    QSet<QString> m_emails;
    QHash<QString, int> m_nextNumber;
    QDateTime m_epoch;
    int m_number = 0;
};

} // namespace

QString UserGenerator::userId(int number)
{
    return QStringLiteral("u%1").arg(number, 6, 10, QLatin1Char('0'));
}

int UserGenerator::adminCount(int count)
{
    return std::clamp(count / 2000, std::min(count, 1), 10);
}

QList<SandboxUser> UserGenerator::generate(int count, quint32 seed,
                                           const QSet<QString> &takenEmails)
{
    QList<SandboxUser> users;
    users.reserve(count);
    Brokerage brokerage(seed, takenEmails);
    const int admins = adminCount(count);
    for (int i = 0; i < admins; ++i) {
        SandboxUser admin = brokerage.person(
            QStringLiteral("admin"), QStringLiteral("Office Administrator"), {}, brokerage.city());
        admin.isStaff = true;
        users.append(admin);
    }
    const int rest = count - admins;
    const int teams = rest > 0 ? std::max(1, int(std::lround(rest / double(TeamSize)))) : 0;
    for (int t = 0; t < teams; ++t) {
        const QString teamId = QStringLiteral("team-%1").arg(t + 1, 4, 10, QLatin1Char('0'));
        const bool photo = t % 10 == 1;
        const City &city = brokerage.city();
        const int size = rest / teams + (t < rest % teams ? 1 : 0);
        SandboxUser manager =
            photo ? brokerage.person(QStringLiteral("photographer"),
                                     QStringLiteral("Lead Photographer"), teamId, city)
                  : brokerage.person(QStringLiteral("broker"), QStringLiteral("Managing Broker"),
                                     teamId, city);
        manager.managedTeamIds = {teamId};
        users.append(manager);
        for (int m = 1; m < size; ++m) {
            users.append(photo
                             ? brokerage.person(QStringLiteral("photographer"),
                                                QStringLiteral("Photographer"), teamId, city)
                             : brokerage.person(QStringLiteral("agent"),
                                                QStringLiteral("Real Estate Agent"), teamId, city));
        }
    }
    return users;
}

} // namespace valara::sandbox
