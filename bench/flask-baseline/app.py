"""A Flask baseline for `GET item by id`, built the way the Collectify seed document describes its
backend (Flask, SQLAlchemy ORM models, a JWT `@token_required` decorator that loads the user, gunicorn),
reading Hearth's own tables. The seed's code itself was never published; this stands in for it so that
"N x the seed's Flask" can be measured on the same machine, on the same day, against the same rows.
"""
import json
import os
import uuid
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request
from sqlalchemy import Boolean, Column, ForeignKey, String, Text, create_engine
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import declarative_base, relationship, scoped_session, sessionmaker

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    id = Column(UUID(as_uuid=True), primary_key=True)
    username = Column(String)
    status = Column(String)


class Category(Base):
    __tablename__ = "categories"
    id = Column(UUID(as_uuid=True), primary_key=True)
    name = Column(String)


class ItemUrl(Base):
    __tablename__ = "item_urls"
    id = Column(UUID(as_uuid=True), primary_key=True)
    item_id = Column(UUID(as_uuid=True), ForeignKey("items.id"))
    url = Column(String)
    label = Column(String)


class ItemPhoto(Base):
    __tablename__ = "item_photos"
    id = Column(UUID(as_uuid=True), primary_key=True)
    item_id = Column(UUID(as_uuid=True), ForeignKey("items.id"))
    file_id = Column(UUID(as_uuid=True))
    is_primary = Column(Boolean)


class Item(Base):
    __tablename__ = "items"
    id = Column(UUID(as_uuid=True), primary_key=True)
    owner_id = Column(UUID(as_uuid=True))
    category_id = Column(UUID(as_uuid=True), ForeignKey("categories.id"))
    name = Column(String)
    description = Column(Text)
    item_values = Column(Text)
    category = relationship(Category)
    urls = relationship(ItemUrl)
    photos = relationship(ItemPhoto)


engine = create_engine(os.environ["BASELINE_DB_URL"], pool_size=5)
Session = scoped_session(sessionmaker(bind=engine))
SECRET = os.environ["BASELINE_JWT_SECRET"]
app = Flask(__name__)


@app.teardown_appcontext
def remove_session(exception=None):
    Session.remove()


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing token"), 401
        try:
            claims = jwt.decode(header[7:], SECRET, algorithms=["HS256"])
        except jwt.InvalidTokenError:
            return jsonify(error="invalid token"), 401
        g.user = Session.get(User, uuid.UUID(claims["sub"]))
        if g.user is None or g.user.status != "ACTIVE":
            return jsonify(error="unknown user"), 401
        return view(*args, **kwargs)

    return wrapper


@app.route("/api/items/<uuid:item_id>")
@token_required
def get_item(item_id):
    item = Session.get(Item, item_id)
    if item is None or item.owner_id != g.user.id:
        return jsonify(error="not found"), 404
    return jsonify(
        id=str(item.id),
        name=item.name,
        description=item.description,
        category={"id": str(item.category.id), "name": item.category.name},
        specifications=json.loads(item.item_values),
        urls=[{"id": str(u.id), "url": u.url, "label": u.label} for u in item.urls],
        photos=[{"id": str(p.id), "is_primary": p.is_primary} for p in item.photos],
    )
