-- People who sign in: operators, departments (each bound to its inbox folder), editors and
-- archivists. Passwords are stored hashed ({bcrypt}…), never in clear.
create table web_user (
    username varchar(100) primary key,
    password_hash varchar(200) not null,
    role varchar(20) not null,
    department varchar(200),
    enabled boolean default true not null,
    created_at timestamp not null
);
