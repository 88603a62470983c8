package chorus.admin;

import chorus.system.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The pages a signed-in person's role lets them open, as the home page lists them. */
final class HomeLinks {

    /** A link on the home page; {@code key} is the interface-text key of its words. */
    public record Link(String href, String key) {
    }

    private HomeLinks() {
    }

    static List<Link> of(Collection<String> roles) {
        boolean admin = roles.contains(Role.ADMIN_NAME);
        boolean analyst = admin || roles.contains(Role.ANALYST_NAME);
        boolean lead = roles.contains(Role.MVP_LEAD_NAME);
        List<Link> links = new ArrayList<>();
        if (admin || lead || roles.contains(Role.DATA_ENTRY_NAME)) {
            links.add(new Link("/data-entry", "dataentry.home_link"));
        }
        if (admin || lead) {
            links.add(new Link("/kiosk", "admin.kiosk"));
        }
        if (analyst || lead) {
            links.add(new Link("/mvp/events", "events.title"));
            links.add(new Link("/reports/board", "board.title"));
            links.add(new Link("/reports/representation", "representation.title"));
            links.add(new Link("/reports/results", "results.title"));
            links.add(new Link("/themes", "themes.queue_title"));
            links.add(new Link("/reports/themes", "themes_report.title"));
            links.add(new Link("/actions", "actions.title"));
        }
        if (analyst) {
            links.add(new Link("/reports/wres", "wres.home_link"));
            links.add(new Link("/reports/wres/workforce", "workforce.home_link"));
            links.add(new Link("/reports/baselines", "baselines.title"));
            links.add(new Link("/reports/deprivation", "deprivation.title"));
        }
        if (admin) {
            links.add(new Link("/admin/users", "accounts.title"));
            links.add(new Link("/admin/staff", "staff.admin.title"));
            links.add(new Link("/admin/staff/codes", "staff.codes.title"));
            links.add(new Link("/admin/staff/submissions", "staff.submissions.title"));
            links.add(new Link("/admin/mvps", "mvps.title"));
            links.add(new Link("/admin/themes", "codebook.title"));
            links.add(new Link("/admin/redaction", "redaction.title"));
            links.add(new Link("/admin/translations", "translations.title"));
            links.add(new Link("/admin/audit", "audit.title"));
        }
        return List.copyOf(links);
    }
}
