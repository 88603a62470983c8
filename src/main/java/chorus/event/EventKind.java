package chorus.event;

import java.util.Optional;
/** What sort of activity an MVP heard people at. The keys are literal so the key checks can see them. */
public enum EventKind {
    LISTENING_EVENT("events.kind.listening_event"),
    WALK_THE_PATCH("events.kind.walk_the_patch"),
    FIFTEEN_STEPS("events.kind.fifteen_steps"),
    COMMUNITY_VISIT("events.kind.community_visit"),
    ONLINE_MEETING("events.kind.online_meeting"),
    OTHER("events.kind.other");

    private final String labelKey;

    EventKind(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    static java.util.Optional<EventKind> of(String name) {
        return java.util.Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
