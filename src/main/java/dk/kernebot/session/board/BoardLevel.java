package dk.kernebot.session.board;

/** The rings of the board, in the order they are drawn from the centre outwards. */
public enum BoardLevel { INSTITUTION, KOMMUNAL, NATIONAL, INTERNATIONAL }
