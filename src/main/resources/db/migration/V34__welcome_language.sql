-- The language the welcome was written in when Teams had not said which (conversationUpdate carries no locale):
-- set when the welcome is posted on a guess, cleared by the first later activity that names the language, which
-- also rewrites the welcome in it.
ALTER TABLE conversation ADD COLUMN welcome_guessed_language VARCHAR(8);
