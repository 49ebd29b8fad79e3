package dk.kernebot.session;

import java.util.List;

import dk.kernebot.chat.ChatCommand;
import dk.kernebot.chat.ChatContext;
import dk.kernebot.chat.Reply;
import org.springframework.stereotype.Component;

/** The typed commands of guided sessions. Each is small; they share the session services. */
final class SessionCommands {

    private SessionCommands() {
    }

    /** "start kerneopgave", "start kvalitetssamtale": the words after "start" come from the process files. */
    @Component
    static class Start implements ChatCommand {
        private final SessionService sessions;
        private final ProcessCatalog catalog;

        Start(SessionService sessions, ProcessCatalog catalog) {
            this.sessions = sessions;
            this.catalog = catalog;
        }

        @Override
        public List<String> keywords() {
            return List.of("start");
        }

        @Override
        public List<String> phrases() {
            return catalog.all().stream().flatMap(process -> process.startKeywords().stream()).toList();
        }

        @Override
        public String helpKeyword() {
            return "start kerneopgave";
        }

        @Override
        public String englishHelpKeyword() {
            return "start core task";
        }

        @Override
        public String helpKey() {
            return "command.startKerneopgave";
        }

        @Override
        public int helpOrder() {
            return 30;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return catalog.byStartWords(arguments).map(process -> sessions.start(context, process.id()))
                    .orElseGet(() -> sessions.whichProcess(context));
        }
    }

    @Component
    static class StartQuality implements ChatCommand {
        private final SessionService sessions;

        StartQuality(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            // Shown on the help card only; "start" above handles the typing.
            return List.of("start kvalitetssamtale");
        }

        @Override
        public String englishHelpKeyword() {
            // "start quality conversation" is typed to "start" above, which reads the words from the process file.
            return "start quality conversation";
        }

        @Override
        public String helpKey() {
            return "command.startKvalitetssamtale";
        }

        @Override
        public int helpOrder() {
            return 36;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return sessions.start(context, "kvalitetssamtale");
        }
    }

    /**
     * "start kvalitetssamtale 0-18": the joint one of the district's dagtilbud and skole. Its own command so the
     * help card lists it, and because "start kvalitetssamtale" above would otherwise take "0-18" as its arguments.
     */
    @Component
    static class StartDistrict implements ChatCommand {
        private final SessionService sessions;

        StartDistrict(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            return List.of("start kvalitetssamtale 0-18");
        }

        @Override
        public String englishHelpKeyword() {
            return "start quality conversation 0-18";
        }

        @Override
        public String helpKey() {
            return "command.startKvalitetssamtale018";
        }

        @Override
        public int helpOrder() {
            return 37;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return sessions.start(context, "kvalitetssamtale-0-18");
        }
    }

    /** "fortsæt" / "continue" (or "kerneopgave"): the open session's current step, posted again (and resumed if paused). */
    @Component
    static class Show implements ChatCommand {
        private final SessionService sessions;

        Show(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            return List.of("kerneopgave", "kvalitetssamtale", "fortsæt", "fortsaet", "session", "resume", "core task",
                    "continue");
        }

        @Override
        public String helpKey() {
            return "command.fortsaet";
        }

        @Override
        public String helpKeyword() {
            return "fortsæt";
        }

        @Override
        public int helpOrder() {
            return 31;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return sessions.show(context);
        }
    }

    @Component
    static class Pause implements ChatCommand {
        private final SessionEndings endings;

        Pause(SessionEndings endings) {
            this.endings = endings;
        }

        @Override
        public List<String> keywords() {
            return List.of("pause");
        }

        @Override
        public String helpKey() {
            return "command.pause";
        }

        @Override
        public int helpOrder() {
            return 32;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return endings.pause(context, Trigger.TYPED);
        }
    }

    @Component
    static class HandOver implements ChatCommand {
        private final SessionService sessions;

        HandOver(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            return List.of("ordstyrer", "facilitator");
        }

        @Override
        public String helpKey() {
            return "command.ordstyrer";
        }

        @Override
        public int helpOrder() {
            return 34;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return sessions.handOver(context);
        }
    }
}
