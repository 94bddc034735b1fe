"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create import AccountCreate
from .account_update import AccountUpdate
from .address import Address
from .attachment import Attachment
from .attachment_create import AttachmentCreate
from .category import Category
from .category_create import CategoryCreate
from .custom_table_row import CustomTableRow
from .custom_table_row_company_id import CustomTableRowCompanyId
from .custom_table_row_create import CustomTableRowCreate
from .custom_table_row_create_table_id import CustomTableRowCreateTableId
from .custom_table_row_id import CustomTableRowId
from .custom_table_row_table_id import CustomTableRowTableId
from .customer import Customer
from .customer_create import CustomerCreate
from .customer_note import CustomerNote
from .customer_update import CustomerUpdate
from .delete_response import DeleteResponse
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .metadata import Metadata
from .order import Order
from .order_billing import OrderBilling
from .order_cart_discount import OrderCartDiscount
from .order_cart_fees_item import OrderCartFeesItem
from .order_create import OrderCreate
from .order_create_billing import OrderCreateBilling
from .order_create_cart_discount import OrderCreateCartDiscount
from .order_create_cart_fees_item import OrderCreateCartFeesItem
from .order_create_custom_sales_item import OrderCreateCustomSalesItem
from .order_create_line_items_item import OrderCreateLineItemsItem
from .order_create_metadata_item import OrderCreateMetadataItem
from .order_create_notes_item import OrderCreateNotesItem
from .order_create_pos_data import OrderCreatePosData
from .order_create_shipping import OrderCreateShipping
from .order_create_summary import OrderCreateSummary
from .order_custom_sales_item import OrderCustomSalesItem
from .order_line_items_item import OrderLineItemsItem
from .order_metadata_item import OrderMetadataItem
from .order_notes_item import OrderNotesItem
from .order_pos_data import OrderPosData
from .order_shipping import OrderShipping
from .order_summary import OrderSummary
from .order_summary_tax import OrderSummaryTax
from .order_summary_tip import OrderSummaryTip
from .outlet import Outlet
from .outlet_create import OutletCreate
from .outlet_create_stripe import OutletCreateStripe
from .outlet_update import OutletUpdate
from .outlet_update_stripe import OutletUpdateStripe
from .product import Product
from .product_attribute import ProductAttribute
from .product_create import ProductCreate
from .refund import Refund
from .refund_create import RefundCreate
from .refund_line_item import RefundLineItem
from .refund_line_item_discount import RefundLineItemDiscount
from .refund_line_item_tax import RefundLineItemTax
from .refund_payment import RefundPayment
from .refund_summary import RefundSummary
from .refund_update import RefundUpdate
from .role import Role
from .role_create import RoleCreate
from .role_permission import RolePermission
from .role_update import RoleUpdate
from .session import Session
from .session_closing_amounts import SessionClosingAmounts
from .session_create import SessionCreate
from .session_update import SessionUpdate
from .station import Station
from .station_create import StationCreate
from .station_update import StationUpdate
from .transaction import Transaction
from .transaction_create import TransactionCreate
from .transaction_payment_data import TransactionPaymentData
from .variant import Variant
from .variant_attribute import VariantAttribute
from .variant_create import VariantCreate
from .variant_inventory import VariantInventory
from .zapier_trigger_create import ZapierTriggerCreate
from .zapier_trigger_update import ZapierTriggerUpdate

__all__ = (
    "Account",
    "AccountCreate",
    "AccountUpdate",
    "Address",
    "Attachment",
    "AttachmentCreate",
    "Category",
    "CategoryCreate",
    "Customer",
    "CustomerCreate",
    "CustomerNote",
    "CustomerUpdate",
    "CustomTableRow",
    "CustomTableRowCompanyId",
    "CustomTableRowCreate",
    "CustomTableRowCreateTableId",
    "CustomTableRowId",
    "CustomTableRowTableId",
    "DeleteResponse",
    "ErrorResponse",
    "ErrorResponseError",
    "Metadata",
    "Order",
    "OrderBilling",
    "OrderCartDiscount",
    "OrderCartFeesItem",
    "OrderCreate",
    "OrderCreateBilling",
    "OrderCreateCartDiscount",
    "OrderCreateCartFeesItem",
    "OrderCreateCustomSalesItem",
    "OrderCreateLineItemsItem",
    "OrderCreateMetadataItem",
    "OrderCreateNotesItem",
    "OrderCreatePosData",
    "OrderCreateShipping",
    "OrderCreateSummary",
    "OrderCustomSalesItem",
    "OrderLineItemsItem",
    "OrderMetadataItem",
    "OrderNotesItem",
    "OrderPosData",
    "OrderShipping",
    "OrderSummary",
    "OrderSummaryTax",
    "OrderSummaryTip",
    "Outlet",
    "OutletCreate",
    "OutletCreateStripe",
    "OutletUpdate",
    "OutletUpdateStripe",
    "Product",
    "ProductAttribute",
    "ProductCreate",
    "Refund",
    "RefundCreate",
    "RefundLineItem",
    "RefundLineItemDiscount",
    "RefundLineItemTax",
    "RefundPayment",
    "RefundSummary",
    "RefundUpdate",
    "Role",
    "RoleCreate",
    "RolePermission",
    "RoleUpdate",
    "Session",
    "SessionClosingAmounts",
    "SessionCreate",
    "SessionUpdate",
    "Station",
    "StationCreate",
    "StationUpdate",
    "Transaction",
    "TransactionCreate",
    "TransactionPaymentData",
    "Variant",
    "VariantAttribute",
    "VariantCreate",
    "VariantInventory",
    "ZapierTriggerCreate",
    "ZapierTriggerUpdate",
)
