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

    /** "start kerneopgave" (the keywords come from the process file). */
    @Component
    static class Start implements ChatCommand {
        private final SessionService sessions;
        private final ProcessDefinition process;

        Start(SessionService sessions, ProcessCatalog catalog) {
            this.sessions = sessions;
            this.process = catalog.find("kerneopgave").orElseThrow();
        }

        @Override
        public List<String> keywords() {
            return process.startKeywords();
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
            return sessions.start(context, process.id());
        }
    }

    /** "kerneopgave" / "fortsæt": the open session's current step, posted again (and resumed if paused). */
    @Component
    static class Show implements ChatCommand {
        private final SessionService sessions;

        Show(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            return List.of("kerneopgave", "fortsæt", "fortsaet", "session", "resume", "core task");
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
        private final SessionService sessions;

        Pause(SessionService sessions) {
            this.sessions = sessions;
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
            return sessions.pause(context, null);
        }
    }

    @Component
    static class End implements ChatCommand {
        private final SessionService sessions;

        End(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            return List.of("afslut", "end session");
        }

        @Override
        public String helpKey() {
            return "command.afslut";
        }

        @Override
        public int helpOrder() {
            return 33;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return sessions.end(context, null);
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

    @Component
    static class BoardCommand implements ChatCommand {
        private final SessionService sessions;

        BoardCommand(SessionService sessions) {
            this.sessions = sessions;
        }

        @Override
        public List<String> keywords() {
            return List.of("tavle", "tavlen", "pladen", "board");
        }

        @Override
        public String helpKey() {
            return "command.tavle";
        }

        @Override
        public int helpOrder() {
            return 35;
        }

        @Override
        public Reply handle(ChatContext context, String arguments) {
            return sessions.board(context, null);
        }
    }
}
